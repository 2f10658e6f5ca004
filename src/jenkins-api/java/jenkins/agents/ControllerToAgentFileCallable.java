package jenkins.agents;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/**
 * Declaration of Jenkins' file callable that only runs on agents. Not in signatures.txt (listed in
 * classes.txt): the real {@code MasterToSlaveFileCallable} implements it, and its default
 * {@code checkRoles} is why glue subclasses only implement {@code invoke}.
 */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
    @Override
    default void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("declaration only");
    }
}

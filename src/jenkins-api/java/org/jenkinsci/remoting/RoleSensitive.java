package org.jenkinsci.remoting;

/**
 * Declaration of remoting's callable that states where it may run. Not in signatures.txt (listed in
 * classes.txt): the real {@code FilePath.FileCallable} extends it.
 */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}

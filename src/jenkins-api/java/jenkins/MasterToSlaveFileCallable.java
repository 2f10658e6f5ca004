package jenkins;

import jenkins.agents.ControllerToAgentFileCallable;

/** Declaration of Jenkins' base class of file callables sent from the controller to an agent. */
public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
    public MasterToSlaveFileCallable() {
    }
}

package hudson.model;

import hudson.ExtensionPoint;

/** Declaration of Jenkins' action shown at the root of Jenkins, with a link in Jenkins' header. */
public interface RootAction extends Action, ExtensionPoint {
    default boolean isPrimaryAction() {
        throw new UnsupportedOperationException("declaration only");
    }
}

package org.kohsuke.stapler;

/** Declaration of Stapler's URL delegation to another object (used for permission checks on pages). */
public interface StaplerProxy {
    Object getTarget();
}

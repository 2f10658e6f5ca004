package org.jenkinsci.remoting;

/**
 * Declaration of remoting's role checker (as a type only). Not in signatures.txt (listed in classes.txt):
 * needed by {@link RoleSensitive#checkRoles(RoleChecker)}.
 */
public abstract class RoleChecker {
    public RoleChecker() {
    }
}

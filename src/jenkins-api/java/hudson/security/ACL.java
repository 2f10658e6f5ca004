package hudson.security;

/** Declaration of Jenkins' access control list (as a type only; needed by {@link AccessControlled#getACL()}). */
public abstract class ACL {
    public ACL() {
    }
}

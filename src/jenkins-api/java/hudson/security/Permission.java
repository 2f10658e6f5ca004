package hudson.security;

/** Declaration of Jenkins' permission (as a type only). */
public final class Permission {
    private Permission() {
    }
}

package hudson.security;

/**
 * Declaration of Jenkins' object protected by permissions. The real {@code checkPermission} throws Spring's
 * unchecked {@code AccessDeniedException}, which needs no declaration.
 */
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) {
        throw new UnsupportedOperationException("declaration only");
    }

    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("declaration only");
    }
}

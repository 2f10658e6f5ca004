package hudson.model;

/** Declaration of Jenkins' object with a display name. */
public interface ModelObject {
    String getDisplayName();
}

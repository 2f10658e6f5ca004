package hudson.model;

/** Declaration of Jenkins' action without an icon or a link; its icon and display name are final. */
public abstract class InvisibleAction implements Action {
    public InvisibleAction() {
    }

    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("declaration only");
    }
}

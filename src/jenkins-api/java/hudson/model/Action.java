package hudson.model;

/** Declaration of Jenkins' action attached to a model object (a build, a flow node, ...). */
public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}

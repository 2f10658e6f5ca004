package org.jenkinsci.plugins.workflow.actions;

/** Declaration of workflow-api's display label of a flow node. */
public class LabelAction implements PersistentAction {
    public LabelAction(String label) {
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("declaration only");
    }
}

package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

/** Declaration of workflow-api's warning on a flow node (shown as an unstable stage). */
public class WarningAction implements PersistentAction {
    public WarningAction(Result result) {
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("declaration only");
    }

    public String getMessage() {
        throw new UnsupportedOperationException("declaration only");
    }

    public Result getResult() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("declaration only");
    }
}

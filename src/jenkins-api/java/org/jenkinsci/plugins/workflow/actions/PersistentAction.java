package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/**
 * Declaration of workflow-api's marker of actions stored with a flow node. Not in signatures.txt (listed in
 * classes.txt): the real {@code WarningAction} and {@code LabelAction} implement it.
 */
public interface PersistentAction extends Action {
}

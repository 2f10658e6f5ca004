package hudson.model;

import hudson.ExtensionPoint;

/** Declaration of Jenkins' action shown at the root of Jenkins, with a link in its side panel. */
public interface RootAction extends Action, ExtensionPoint {
}

package hudson.model;

import hudson.ExtensionPoint;

/**
 * Declaration of Jenkins' item that sits directly in Jenkins or in a folder (a job, a folder, a multibranch
 * project). Declared as the element type of {@code Jenkins.getItems()}; the glue only uses it as an {@link Item}.
 */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
}

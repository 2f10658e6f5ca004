package hudson.model;

import org.kohsuke.stapler.export.ExportedBean;

/**
 * Declaration of Jenkins' node (the controller or an agent), as a type only. Simplified: the real one also
 * implements {@code ReconfigurableDescribable}, {@code ExtensionPoint}, {@code AccessControlled},
 * {@code OnMaster} and {@code PersistenceRoot}, which the glue never uses.
 */
@ExportedBean
public abstract class Node extends AbstractModelObject {
    public Node() {
    }
}

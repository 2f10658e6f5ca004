package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;

/** Declaration of Jenkins' listener of item (job, folder) life-cycle events. */
public class ItemListener implements ExtensionPoint {
    public ItemListener() {
    }

    public void onLoaded() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void onDeleted(Item item) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException("declaration only");
    }
}

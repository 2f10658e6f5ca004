package hudson;

import java.util.AbstractList;
import jenkins.model.Jenkins;

/**
 * Declaration of Jenkins' list of registered extensions. Simplified: the real one also implements
 * {@code jenkins.util.io.OnMaster} (a marker the glue never uses).
 */
public class ExtensionList<T> extends AbstractList<T> {
    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("declaration only");
    }
}

package hudson.model;

/** Declaration of Jenkins' object configured through a {@link Descriptor}. */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("declaration only");
    }
}

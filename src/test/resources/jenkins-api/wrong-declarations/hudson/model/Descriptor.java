package hudson.model;

/** Wrong generic bound: Jenkins has T extends Describable<T>, so erased signatures would differ. */
public abstract class Descriptor<T> {
    protected Descriptor() {
    }
}

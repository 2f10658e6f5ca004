package hudson.model;

/** Declaration of Jenkins' base class of describables (deprecated in Jenkins 2.505, still the superclass of Step). */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
    public AbstractDescribableImpl() {
    }
}

package hudson.model;

/**
 * Declaration of the real superclass of {@code Job}. Not in signatures.txt (listed in classes.txt): declared so
 * that {@code Job} keeps its real superclass and, through {@link Item}, its {@code getFullName()},
 * {@code getUrl()}, {@code getRootDir()} and permission checks. Simplified: the real one also implements
 * {@code Loadable}, {@code HttpDeletable}, {@code DescriptorByNameOwner} and {@code StaplerProxy}.
 */
public abstract class AbstractItem extends Actionable implements Item {
    protected AbstractItem(ItemGroup parent, String name) {
    }
}

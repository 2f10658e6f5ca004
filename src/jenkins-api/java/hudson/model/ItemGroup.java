package hudson.model;

/**
 * Declaration of Jenkins' container of items. Declared because the protected constructors of {@code Job} and
 * {@code AbstractItem} take one. Simplified: the real one also extends {@code PersistenceRoot} and
 * {@code ModelObject} and has many more members.
 */
public interface ItemGroup<T extends Item> {
}

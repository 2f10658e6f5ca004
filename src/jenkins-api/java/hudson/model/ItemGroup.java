package hudson.model;

/**
 * Declaration of Jenkins' container of items (as a type only). Not in signatures.txt (listed in classes.txt):
 * declared because the protected constructors of {@code Job} and {@code AbstractItem} take one.
 * Simplified: the real one extends {@code PersistenceRoot} and {@code ModelObject} and has many members.
 */
public interface ItemGroup<T extends Item> {
}

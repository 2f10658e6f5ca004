package hudson.model;

import java.util.Collection;

/**
 * Declaration of Jenkins' container of items (Jenkins itself, a folder, a multibranch project). The protected
 * constructors of {@code Job} and {@code AbstractItem} take one; the dashboard walks folders with
 * {@link #getItems()}. Simplified: the real one also extends {@code PersistenceRoot} and {@code ModelObject} and
 * has many more members.
 */
public interface ItemGroup<T extends Item> {
    Collection<T> getItems();
}

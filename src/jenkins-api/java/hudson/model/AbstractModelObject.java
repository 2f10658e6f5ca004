package hudson.model;

/**
 * Declaration of the common superclass of Jenkins' model objects. Not in signatures.txt (listed in
 * classes.txt): declared because it is the real superclass of {@code Actionable}, {@code Api} and
 * {@code Node}. Simplified: the real one implements {@code hudson.search.SearchableModelObject}, which the glue
 * never uses.
 */
public abstract class AbstractModelObject {
    public AbstractModelObject() {
    }
}

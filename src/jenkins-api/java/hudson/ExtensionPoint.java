package hudson;

/** Declaration of Jenkins' marker for types that plugins extend. */
public interface ExtensionPoint {
}

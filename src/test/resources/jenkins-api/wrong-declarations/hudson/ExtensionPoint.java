package hudson;

/** Wrong: a class where Jenkins has an interface. */
public abstract class ExtensionPoint {
    protected ExtensionPoint() {
    }
}

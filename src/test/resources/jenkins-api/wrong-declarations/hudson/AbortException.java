package hudson;

/** Wrong superclass: Jenkins' AbortException is an IOException. */
public class AbortException extends Exception {
    public AbortException(String message) {
    }
}

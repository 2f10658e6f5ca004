package hudson;

import java.io.IOException;

/** Declaration of Jenkins' exception that fails a build with a message and no stack trace. */
public class AbortException extends IOException {
    public AbortException(String message) {
    }
}

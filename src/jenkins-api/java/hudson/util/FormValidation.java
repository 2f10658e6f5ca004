package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/** Declaration of Jenkins' form field check result. */
public abstract class FormValidation extends IOException implements HttpResponse {
    private FormValidation() {
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("declaration only");
    }
}

package hudson.model;

import java.io.Serializable;

/**
 * Declaration of Jenkins' build result. The constants are distinct placeholder instances so that glue tests can
 * tell them apart; in Jenkins the real class and its real constants are used. Simplified: the real one also
 * implements {@code org.kohsuke.stapler.export.CustomExportedBean}.
 */
public final class Result implements Serializable {
    public static final Result SUCCESS = new Result();
    public static final Result UNSTABLE = new Result();
    public static final Result FAILURE = new Result();
    public static final Result NOT_BUILT = new Result();
    public static final Result ABORTED = new Result();

    private Result() {
    }

    public boolean isWorseThan(Result that) {
        throw new UnsupportedOperationException("declaration only");
    }

    public boolean isBetterOrEqualTo(Result that) {
        throw new UnsupportedOperationException("declaration only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("declaration only");
    }
}

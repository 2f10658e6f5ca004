package hudson;

/** Declaration of Jenkins' string helpers that the glue uses. */
public class Util {
    public Util() {
    }

    public static String fixEmptyAndTrim(String s) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static String getTimeSpanString(long duration) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static String escape(String text) {
        throw new UnsupportedOperationException("declaration only");
    }
}

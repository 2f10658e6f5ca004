package hudson;

import java.util.Map;
import java.util.TreeMap;

/** Declaration of Jenkins' environment variable map. */
public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
    }

    public EnvVars(Map<String, String> m) {
    }

    public EnvVars(EnvVars m) {
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException("declaration only");
    }

    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException("declaration only");
    }
}

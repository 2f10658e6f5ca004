package io.jenkins.plugins.systemtest.engine.tenant;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads attributes written like {@code withEnv} entries: {@code teamId=39203}, {@code eventIds=3664712,2563193}. */
public final class AttributeParser {

    private AttributeParser() {
    }

    /**
     * Parses the entries in order. The value is everything after the first {@code =} and may be empty.
     *
     * @throws InvalidInputException naming the entry by its position when it has no {@code =}, a bad key, or
     *                               a key given twice
     */
    public static Map<String, String> parse(List<String> entries) {
        Map<String, String> result = new LinkedHashMap<>();
        if (entries == null) {
            return result;
        }
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String where = "attributes[" + i + "]";
            if (entry == null) {
                throw new InvalidInputException(where, "is empty; write KEY=VALUE");
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(where, "'" + TenantContext.printable(entry)
                        + "' is not KEY=VALUE (for example teamId=39203)");
            }
            String key = entry.substring(0, eq).strip();
            if (!TenantContext.ATTRIBUTE_KEY.matcher(key).matches()) {
                throw new InvalidInputException(where, "'" + TenantContext.printable(key) + "' is not a valid attribute "
                        + "key: use letters, digits and '_', not starting with a digit");
            }
            if (result.containsKey(key)) {
                throw new InvalidInputException(where, "the attribute '" + key + "' is given twice");
            }
            result.put(key, entry.substring(eq + 1));
        }
        return result;
    }
}

package io.jenkins.plugins.systemtest.engine.tenant;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a suite runs for: the tenant's key, its display name, its attributes and the suite's name.
 *
 * @param key         the tenant key, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}
 * @param displayName a name for people; the key when none is given
 * @param suite       the suite's name; {@code default} when none is given
 * @param attributes  attributes such as {@code teamId}, in the order given; keys {@code [A-Za-z_][A-Za-z0-9_]*}
 */
public record TenantContext(String key, String displayName, String suite, Map<String, String> attributes) {

    /** The pattern a tenant key must match. */
    public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The pattern an attribute key must match. */
    public static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The pattern a suite name must match: like a key, so it can name a folder. */
    public static final Pattern SUITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_ATTRIBUTE_VALUE = 4096;

    public TenantContext {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("tenant", "'" + printable(key) + "' is not a valid tenant key: use 1 to 64 "
                    + "letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        displayName = displayName == null || displayName.isBlank() ? key : displayName.strip();
        if (displayName.length() > MAX_DISPLAY_NAME || hasControl(displayName)) {
            throw new InvalidInputException("tenantName", "must be at most " + MAX_DISPLAY_NAME
                    + " characters without control characters");
        }
        suite = suite == null || suite.isBlank() ? "default" : suite.strip();
        if (!SUITE.matcher(suite).matches()) {
            throw new InvalidInputException("suite", "'" + printable(suite) + "' is not a valid suite name: use 1 to "
                    + "128 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        Map<String, String> upper = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Objects.requireNonNullElse(attributes, Map.<String, String>of()).entrySet()) {
            String k = e.getKey();
            if (k == null || !ATTRIBUTE_KEY.matcher(k).matches()) {
                throw new InvalidInputException("attributes", "'" + printable(k) + "' is not a valid attribute key: use "
                        + "letters, digits and '_', not starting with a digit");
            }
            String v = Objects.requireNonNullElse(e.getValue(), "");
            if (v.length() > MAX_ATTRIBUTE_VALUE || v.indexOf('\0') >= 0) {
                throw new InvalidInputException("attributes", "the value of '" + k + "' must be at most "
                        + MAX_ATTRIBUTE_VALUE + " characters without NUL");
            }
            String clash = upper.put(k.toUpperCase(Locale.ROOT), k);
            if (clash != null) {
                throw new InvalidInputException("attributes", "'" + clash + "' and '" + k + "' would both become "
                        + TenantEnvironment.ATTRIBUTE_PREFIX + k.toUpperCase(Locale.ROOT));
            }
            copy.put(k, v);
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    /** A context with only a key. */
    public static TenantContext of(String key) {
        return new TenantContext(key, null, null, Map.of());
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** The value as it can be shown in an error message: control characters escaped, length capped. */
    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 80; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.length() > 80 ? b + "..." : b.toString();
    }
}

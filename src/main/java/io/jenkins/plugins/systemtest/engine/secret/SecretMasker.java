package io.jenkins.plugins.systemtest.engine.secret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the values of secrets with {@value #MASK} wherever they appear in text: in test output, failure messages,
 * names, attributes, logs. Longer secrets are replaced first, so a secret that contains another is masked whole.
 */
public final class SecretMasker {

    /** What a secret is replaced with, as Jenkins' own console masking does. */
    public static final String MASK = "****";

    /** A masker that masks nothing. */
    public static final SecretMasker NONE = new SecretMasker(List.of());

    /** Up to this many secrets, a text is first searched with {@link String#indexOf}, much cheaper than a matcher. */
    private static final int PLAIN_SEARCH_MAX = 16;

    private final Pattern pattern;
    private final int longest;
    private final String[] values;

    /** @param secrets the values to hide; empty and blank ones are ignored (they would mask everything) */
    public SecretMasker(Collection<String> secrets) {
        Set<String> values = new LinkedHashSet<>();
        for (String s : secrets) {
            if (s != null && !s.isBlank()) {
                values.add(s);
            }
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.longest = sorted.isEmpty() ? 0 : sorted.get(0).length();
        this.values = sorted.size() <= PLAIN_SEARCH_MAX ? sorted.toArray(new String[0]) : null;
        this.pattern = sorted.isEmpty() ? null
                : Pattern.compile(String.join("|", sorted.stream().map(Pattern::quote).toList()));
    }

    /** Whether there is anything to mask. */
    public boolean isActive() {
        return pattern != null;
    }

    /** The length of the longest secret: a streaming masker must hold back this many characters minus one. */
    public int longestSecret() {
        return longest;
    }

    /** The text with every secret replaced; null stays null. */
    public String mask(String text) {
        if (pattern == null || text == null || text.isEmpty() || !mayContainSecret(text)) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** False when no secret occurs in the text (most texts: a run record masks every field of every test). */
    private boolean mayContainSecret(String text) {
        if (values == null) {
            return true;
        }
        if (text.length() < values[values.length - 1].length()) {
            return false;
        }
        for (String v : values) {
            if (text.indexOf(v) >= 0) {
                return true;
            }
        }
        return false;
    }
}

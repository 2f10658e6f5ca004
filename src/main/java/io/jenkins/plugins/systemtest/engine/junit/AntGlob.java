package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Ant-style patterns, as Jenkins' {@code junit} step takes them: a comma-separated list such as
 * {@code build/test-results/**}{@code /*.xml, **}{@code /TEST-*.xml}. {@code *} and {@code ?} match within one
 * path segment, {@code **} matches any number of segments, a pattern ending in {@code /} means everything below,
 * {@code \} is read as {@code /}, matching is case-sensitive, and {@code *.xml} only matches at the top. Patterns
 * are relative: absolute ones, {@code ..} and control characters are refused.
 */
final class AntGlob {

    static final String FIELD = "results";

    private final List<String[]> patterns;

    private AntGlob(List<String[]> patterns) {
        this.patterns = patterns;
    }

    /** Compiles the list. @throws InvalidInputException naming the field {@code results} */
    static AntGlob compile(String list) {
        if (list == null || list.isBlank()) {
            throw new InvalidInputException(FIELD, "no pattern given; write one such as **/TEST-*.xml");
        }
        List<String[]> compiled = new ArrayList<>();
        for (String raw : list.split(",")) {
            String p = raw.strip();
            if (!p.isEmpty()) {
                compiled.add(compileOne(p));
            }
        }
        if (compiled.isEmpty()) {
            throw new InvalidInputException(FIELD, "no pattern given; write one such as **/TEST-*.xml");
        }
        return new AntGlob(compiled);
    }

    private static String[] compileOne(String pattern) {
        String shown = Printable.of(pattern);
        for (int i = 0; i < pattern.length(); i++) {
            if (Character.isISOControl(pattern.charAt(i))) {
                throw new InvalidInputException(FIELD, "'" + shown + "' contains control characters");
            }
        }
        String p = pattern.replace('\\', '/');
        boolean drive = p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0));
        if (p.startsWith("/") || drive) {
            throw new InvalidInputException(FIELD, "'" + shown + "' is an absolute path; give a pattern relative "
                    + "to the workspace, such as build/test-results/**/*.xml");
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        List<String> segments = new ArrayList<>();
        for (String s : p.split("/")) {
            if (s.equals("..")) {
                throw new InvalidInputException(FIELD, "'" + shown + "' uses '..'; result files must be inside "
                        + "the workspace");
            }
            boolean repeatedStars = s.equals("**") && !segments.isEmpty()
                    && segments.get(segments.size() - 1).equals("**");
            if (!s.isEmpty() && !s.equals(".") && !repeatedStars) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) {
            throw new InvalidInputException(FIELD, "'" + shown + "' selects nothing; write one such as "
                    + "**/TEST-*.xml");
        }
        return segments.toArray(new String[0]);
    }

    /** Whether some pattern matches the file whose path, relative to the base, has these segments. */
    boolean matches(List<String> path) {
        for (String[] p : patterns) {
            if (states(p, path)[p.length]) {
                return true;
            }
        }
        return false;
    }

    /** Whether some pattern could match a file somewhere below the directory with these segments. */
    boolean couldMatchBelow(List<String> dir) {
        for (String[] p : patterns) {
            boolean[] s = states(p, dir);
            for (int i = 0; i < p.length; i++) {
                if (s[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs the pattern as an automaton over the segments: state i means the first i pattern segments are used up.
     * {@code **} may stay in place or be passed over without consuming anything.
     */
    private static boolean[] states(String[] p, List<String> segments) {
        boolean[] current = closure(p, new boolean[p.length + 1], 0);
        for (String seg : segments) {
            boolean[] next = new boolean[p.length + 1];
            boolean any = false;
            for (int i = 0; i < p.length; i++) {
                if (!current[i]) {
                    continue;
                }
                if (p[i].equals("**")) {
                    next[i] = true;
                    any = true;
                } else if (segmentMatches(p[i], seg)) {
                    closure(p, next, i + 1);
                    any = true;
                }
            }
            if (!any) {
                return next;
            }
            for (int i = 0; i < p.length; i++) {
                if (next[i] && p[i].equals("**")) {
                    closure(p, next, i);
                }
            }
            current = next;
        }
        return current;
    }

    private static boolean[] closure(String[] p, boolean[] states, int from) {
        int i = from;
        states[i] = true;
        while (i < p.length && p[i].equals("**")) {
            states[++i] = true;
        }
        return states;
    }

    /** Wildcard match of one segment: {@code *} any run of characters, {@code ?} one character. */
    static boolean segmentMatches(String pattern, String s) {
        int p = 0;
        int i = 0;
        int star = -1;
        int mark = 0;
        while (i < s.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == s.charAt(i))) {
                p++;
                i++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}

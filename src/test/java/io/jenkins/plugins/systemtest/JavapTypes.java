package io.jenkins.plugins.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the generic type text that {@code javap} prints into erased type names, the way the JVM links them:
 * type arguments are dropped and type variables become the erasure of their first bound.
 */
final class JavapTypes {
    private JavapTypes() {
    }

    /** Splits at {@code separator} characters that are outside angle brackets. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = text.substring(start).trim();
        if (!last.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** Index of the {@code >} that closes the {@code <} at {@code open}. */
    static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced '<' in: " + text);
    }

    /** Index of the last space outside angle brackets, or -1. */
    static int lastTopLevelSpace(String text) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ' ' && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    /** Index of {@code token} outside angle brackets, or -1. */
    static int indexOfTopLevel(String text, String token) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0 && text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the inside of a type parameter list ({@code T extends X<T>, U}) into name to first bound
     * (the text, not yet erased); a parameter without a bound is bounded by Object.
     */
    static Map<String, String> typeParameters(String inside) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : splitTopLevel(inside, ',')) {
            int extendsAt = indexOfTopLevel(parameter, " extends ");
            if (extendsAt < 0) {
                parameters.put(parameter.trim(), "java.lang.Object");
            } else {
                String bounds = parameter.substring(extendsAt + " extends ".length());
                parameters.put(parameter.substring(0, extendsAt).trim(), splitTopLevel(bounds, '&').get(0));
            }
        }
        return parameters;
    }

    /** The erased name of a javap type: {@code java.util.List<T>} is {@code java.util.List}, {@code T...} an array. */
    static String erase(String type, Map<String, String> typeVariables) {
        String text = type.trim();
        int dimensions = 0;
        while (true) {
            if (text.endsWith("[]")) {
                text = text.substring(0, text.length() - 2).trim();
            } else if (text.endsWith("...")) {
                text = text.substring(0, text.length() - 3).trim();
            } else {
                break;
            }
            dimensions++;
        }
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                i = closingBracket(text, i);
                if (i + 1 < text.length() && text.charAt(i + 1) == '.') {
                    raw.append('$'); // Outer<A>.Inner is the nested class Outer$Inner
                    i++;
                }
            } else {
                raw.append(c);
            }
        }
        String base = raw.toString().trim();
        if (typeVariables.containsKey(base)) {
            Map<String, String> others = new LinkedHashMap<>(typeVariables);
            String bound = others.remove(base);
            base = erase(bound, others);
        }
        return base + "[]".repeat(dimensions);
    }
}

package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a {@link HistoryRequest} from query parameters: {@code tenant}, {@code suite}, {@code verdict} (repeated or
 * comma-separated, any case, {@code INFRA ERROR} and {@code infra-error} as well as {@code INFRA_ERROR}),
 * {@code page} (1 or more) and {@code test}. Other parameters ({@code depth}, {@code tree} of the JSON API) are
 * not looked at. A value that cannot be used is left out and named in {@link HistoryRequest#problems()}; it never
 * fails the request.
 */
public final class HistoryRequestParser {

    /** The longest tenant or suite accepted. */
    public static final int MAX_NAME = 200;
    /** The longest test id accepted. */
    public static final int MAX_TEST = 2000;

    private static final String VERDICT_NAMES = Arrays.stream(RunVerdict.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** Reads the parameters of a servlet request ({@code getParameterMap()}). */
    public HistoryRequest parse(Map<String, String[]> parameters) {
        List<String> problems = new ArrayList<>();
        String tenant = name(parameters, "tenant", MAX_NAME, problems);
        String suite = name(parameters, "suite", MAX_NAME, problems);
        String test = name(parameters, "test", MAX_TEST, problems);
        Set<RunVerdict> verdicts = verdicts(parameters.get("verdict"), problems);
        int page = page(first(parameters, "page"), problems);
        return new HistoryRequest(tenant, suite, verdicts, page, test, problems);
    }

    /** Reads a raw query string ({@code tenant=acme&verdict=FAILED}, with or without the leading {@code ?}). */
    public HistoryRequest parseQuery(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String q = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return parse(parameters);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // A broken escape: taken as it is, and then simply matches nothing.
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }

    private static String name(Map<String, String[]> parameters, String name, int max, List<String> problems) {
        String value = first(parameters, name);
        if (value.length() > max) {
            problems.add(name + ": longer than " + max + " characters; left out");
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                problems.add(name + ": contains control characters; left out");
                return null;
            }
        }
        return value.isEmpty() ? null : value;
    }

    private static Set<RunVerdict> verdicts(String[] values, List<String> problems) {
        Set<RunVerdict> verdicts = EnumSet.noneOf(RunVerdict.class);
        if (values == null) {
            return verdicts;
        }
        for (String value : values) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                String name = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    verdicts.add(RunVerdict.valueOf(name));
                } catch (IllegalArgumentException e) {
                    problems.add("verdict: '" + clip(part.strip()) + "' is not one of " + VERDICT_NAMES
                            + "; left out");
                }
            }
        }
        return verdicts;
    }

    private static int page(String value, List<String> problems) {
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        problems.add("page: '" + clip(value) + "' is not a page number (1 or more); showing page 1");
        return 1;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}

package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's filters, from the query string: {@code tenant} (a tenant key), {@code verdict} (repeatable: the
 * latest verdicts to show) and {@code folder} (a folder's full name: only jobs in it, at any depth). A value that
 * cannot be used is left out and named in {@link #problems()}.
 *
 * @param tenant   the tenant key, or null for all
 * @param verdicts the verdicts to show, empty for all
 * @param folder   the folder's full name, or null for all
 * @param problems what was not understood
 */
public record DashboardRequest(String tenant, Set<RunVerdict> verdicts, String folder, List<String> problems) {

    /** No filter. */
    public static final DashboardRequest ALL = new DashboardRequest(null, Set.of(), null, List.of());

    private static final int MAX_VALUE = 400;

    public DashboardRequest {
        verdicts = verdicts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(verdicts));
        problems = List.copyOf(problems);
    }

    /** The filters of a query string's parameters. */
    public static DashboardRequest parse(Map<String, String[]> parameters) {
        List<String> problems = new ArrayList<>();
        String tenant = single(parameters, "tenant", problems);
        String folder = single(parameters, "folder", problems);
        if (folder != null) {
            folder = folder.replaceAll("^/+|/+$", "");
            folder = folder.isEmpty() ? null : folder;
        }
        Set<RunVerdict> verdicts = EnumSet.noneOf(RunVerdict.class);
        for (String v : parameters.getOrDefault("verdict", new String[0])) {
            if (v == null || v.isBlank()) {
                continue;
            }
            try {
                verdicts.add(RunVerdict.valueOf(v.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                problems.add("verdict: unknown value '" + clip(v) + "' left out (one of PASSED, FAILED, INFRA_ERROR,"
                        + " NO_TESTS, ABORTED)");
            }
        }
        return new DashboardRequest(tenant, verdicts, folder, problems);
    }

    /** The filters as a query string ({@code ?tenant=acme&verdict=FAILED}), or empty. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (tenant != null) {
            parts.add("tenant=" + encode(tenant));
        }
        verdicts.stream().sorted().forEach(v -> parts.add("verdict=" + v.name()));
        if (folder != null) {
            parts.add("folder=" + encode(folder));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** Whether a latest verdict passes the verdict filter. */
    public boolean shows(RunVerdict v) {
        return verdicts.isEmpty() || verdicts.contains(v);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String single(Map<String, String[]> parameters, String name, List<String> problems) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        if (values.length > 1) {
            problems.add(name + ": given " + values.length + " times; the first is used");
        }
        String v = values[0].strip();
        if (v.length() > MAX_VALUE) {
            problems.add(name + ": longer than " + MAX_VALUE + " characters, left out");
            return null;
        }
        return v;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }
}

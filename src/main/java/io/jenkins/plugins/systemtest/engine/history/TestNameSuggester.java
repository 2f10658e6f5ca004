package io.jenkins.plugins.systemtest.engine.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Test names offered as the user types, from the history index: every test that did not pass at least once (the
 * index lists no other), the most recently seen first. The names of one index snapshot are collected once and
 * kept as long as the snapshot's {@link HistoryQuery} lives; each answer is a bounded list.
 */
public final class TestNameSuggester {

    /** The longest query looked at; longer ones are cut. */
    public static final int MAX_QUERY = 200;

    private static final Map<HistoryQuery, List<String>> NAMES = new WeakHashMap<>();

    private TestNameSuggester() {
    }

    /**
     * Up to {@code limit} test ids that contain {@code q} (ignoring case): those whose id or simple name starts
     * with it first, then the others, each group most recently seen first. An empty query gives the most recently
     * seen tests.
     */
    public static List<String> suggest(HistoryQuery query, String q, int limit) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        if (needle.length() > MAX_QUERY) {
            needle = needle.substring(0, MAX_QUERY);
        }
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String id : names(query)) {
            String lower = id.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(needle);
            if (at < 0) {
                continue;
            }
            if (at == 0 || lower.charAt(at - 1) == '.' || lower.charAt(at - 1) == '#' || lower.charAt(at - 1) == '/') {
                first.add(id);
                if (first.size() >= limit) {
                    break;
                }
            } else if (rest.size() < limit) {
                rest.add(id);
            }
        }
        first.addAll(rest.subList(0, Math.min(rest.size(), limit - first.size())));
        return first;
    }

    /** Every test id in the index, most recently seen first. */
    static List<String> names(HistoryQuery query) {
        synchronized (NAMES) {
            List<String> names = NAMES.get(query);
            if (names == null) {
                Set<String> seen = new LinkedHashSet<>();
                for (RunSummary s : query.newestFirst()) {
                    seen.addAll(s.notPassed().keySet());
                }
                names = List.copyOf(seen);
                NAMES.put(query, names);
            }
            return names;
        }
    }
}

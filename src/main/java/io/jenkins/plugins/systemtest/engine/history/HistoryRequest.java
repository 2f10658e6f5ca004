package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a reader asked the run-history page (or its JSON and CSV) for: the filters, the page and the test whose
 * history to show, as read from the query string by {@link HistoryRequestParser}.
 *
 * @param tenant   only this tenant, or null
 * @param suite    only this suite, or null
 * @param verdicts only these verdicts; empty for all
 * @param page     the page asked for, 1 or more (the page model keeps it within the pages there are)
 * @param test     the test whose history to show, or null
 * @param problems values that were not understood and left out, one sentence each naming the parameter
 */
public record HistoryRequest(String tenant, String suite, Set<RunVerdict> verdicts, int page, String test,
        List<String> problems) {

    /** Everything, first page. */
    public static final HistoryRequest ALL = new HistoryRequest(null, null, Set.of(), 1, null, List.of());

    public HistoryRequest {
        tenant = blankToNull(tenant);
        suite = blankToNull(suite);
        verdicts = verdicts == null || verdicts.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(verdicts));
        page = Math.max(1, page);
        test = blankToNull(test);
        problems = List.copyOf(Objects.requireNonNullElse(problems, List.of()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The filter for {@link HistoryQuery#page}. */
    public HistoryFilter filter() {
        return new HistoryFilter(tenant, suite, verdicts, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The same request on another page. */
    public HistoryRequest withPage(int newPage) {
        return new HistoryRequest(tenant, suite, verdicts, newPage, test, problems);
    }

    /**
     * The filters (and the test, when {@code withTest}) as a query string for a link:
     * {@code ?tenant=acme&verdict=FAILED}, values URL-encoded, or empty when there is nothing to say. The page is
     * left out.
     */
    public String filterQuery(boolean withTest) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        add(q, "tenant", tenant);
        add(q, "suite", suite);
        verdicts.forEach(v -> add(q, "verdict", v.name()));
        if (withTest) {
            add(q, "test", test);
        }
        return q.toString();
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null) {
            q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}

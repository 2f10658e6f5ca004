package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attempts of a run whose failed tests were rerun ({@code rerunFailed}): one row per attempt (when, how it
 * ended, its own counts), then one row per test that failed or errored in any attempt, with its outcome in each
 * attempt and the merged outcome the gate judged. Nothing for a run that ran once.
 */
final class AttemptsRenderer {

    private static final int MAX_ROWS = 200;
    private static final int MAX_ID = 300;

    private final HtmlWriter out;

    AttemptsRenderer(HtmlWriter out) {
        this.out = out;
    }

    void render(RunRecord run) {
        List<TestAttempt> attempts = run.attempts();
        if (attempts.isEmpty()) {
            return;
        }
        out.open("section", "st-section st-attempts").element("h2", "Attempts (" + attempts.size() + ")");
        out.element("p", "st-note", "The failed tests were run again. Each attempt's result files were kept apart; "
                + "the verdict judges the attempts merged: a test that failed and then passed is flaky, a test "
                + "that failed in every attempt it ran in is failed.");
        out.open("div", "st-table-scroll").open("table", "jenkins-table st-attempt-table")
                .markup("<thead><tr><th class=\"st-number\">Attempt</th><th>Started</th>"
                        + "<th class=\"st-number\">Duration</th><th>Ended with</th><th>Its own results</th></tr>"
                        + "</thead>")
                .open("tbody");
        for (TestAttempt a : attempts) {
            out.open("tr").element("td", "st-number", Integer.toString(a.number()))
                    .open("td").time(a.startedAt()).close("td")
                    .element("td", "st-number", Formats.duration(Math.max(0, a.endedAt() - a.startedAt())))
                    .element("td", Formats.clip(a.ending().isEmpty() ? "unknown" : a.ending(), 300))
                    .element("td", a.counts().total() + (a.counts().total() == 1 ? " test: " : " tests: ")
                            + a.counts().passed() + " passed, "
                            + a.counts().failed() + " failed, " + a.counts().errors() + " errors, "
                            + a.counts().skipped() + " skipped" + (a.counts().flaky() > 0 ? ", "
                            + a.counts().flaky() + " flaky" : ""))
                    .close("tr");
        }
        out.close("tbody").close("table").close("div");
        tests(run, attempts);
        out.close("section").markup("\n");
    }

    private void tests(RunRecord run, List<TestAttempt> attempts) {
        Map<String, String> merged = new LinkedHashMap<>();
        attempts.forEach(a -> a.tests().forEach(o -> merged.putIfAbsent(o.test(), "")));
        if (merged.isEmpty()) {
            return;
        }
        for (TestCaseResult t : run.tests()) {
            merged.computeIfPresent(t.id(), (id, v) -> v.isEmpty() ? t.outcome().name() : v);
        }
        out.element("h3", "Tests that failed in an attempt (" + merged.size() + ")");
        StringBuilder head = new StringBuilder("<thead><tr><th>Test</th>");
        attempts.forEach(a -> head.append("<th>Attempt ").append(a.number()).append("</th>"));
        head.append("<th>Merged</th></tr></thead>");
        out.open("div", "st-table-scroll").open("table", "jenkins-table st-test-table st-attempt-tests")
                .markup(head.toString()).open("tbody");
        merged.entrySet().stream().limit(MAX_ROWS).forEach(e -> {
            out.open("tr").open("td", "st-test").element("span", "st-test-name", Formats.clip(e.getKey(), MAX_ID))
                    .close("td");
            for (TestAttempt a : attempts) {
                Optional<TestAttempt.Outcome> o = a.outcomeOf(e.getKey());
                out.open("td");
                if (o.isPresent()) {
                    badge(o.get().outcome().name());
                    if (!o.get().message().isEmpty()) {
                        out.element("div", "st-failure-message", Formats.clip(o.get().message(), 300));
                    }
                } else {
                    out.element("span", "st-note", "not run");
                }
                out.close("td");
            }
            out.open("td");
            badge(e.getValue().isEmpty() ? "UNKNOWN" : e.getValue());
            out.close("td").close("tr");
        });
        out.close("tbody").close("table").close("div");
        if (merged.size() > MAX_ROWS) {
            out.element("p", "st-note", (merged.size() - MAX_ROWS) + " more not shown here; the run record has "
                    + "them all.");
        }
    }

    private void badge(String outcome) {
        out.element("span", "st-badge st-outcome st-outcome-" + outcome.toLowerCase(Locale.ROOT), outcome);
    }
}

package io.jenkins.plugins.systemtest.engine.render;

import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The failure part of the run summary page: failure groups with cascade followers folded under their root, what
 * changed since the previous run, flaky tests and the table of tests that did not pass. No script: folding uses
 * {@code <details>}.
 */
final class FailureSectionRenderer {

    /** At most this many tests are listed in the table of tests that did not pass. */
    static final int MAX_TEST_ROWS = 500;
    /** Tests named per failure group (and per cascade): a cause shared by thousands is not read test by test. */
    static final int MAX_GROUP_TESTS = 100;

    private static final int MAX_ID = 500;
    private static final int MAX_MESSAGE = 2000;
    private static final int MAX_DETAIL = 10_000;
    private static final int MAX_OUTPUT = 5000;

    private final HtmlWriter out;

    FailureSectionRenderer(HtmlWriter out) {
        this.out = out;
    }

    void render(RunRecord run) {
        groups(run);
        changes(run);
        flaky(run);
        notPassed(run);
    }

    private void groups(RunRecord run) {
        if (run.failureGroups().isEmpty()) {
            return;
        }
        Map<String, Cascade> cascadesByRoot = new LinkedHashMap<>();
        run.cascades().forEach(c -> cascadesByRoot.putIfAbsent(c.rootTest(), c));
        out.open("section", "st-section st-failure-groups").element("h2", "Failures by cause");
        for (FailureGroup g : run.failureGroups()) {
            String category = g.category().name().toLowerCase(Locale.ROOT);
            out.open("article", "st-failure-group st-group-" + category);
            out.open("h3", "st-group-title")
                    .element("span", "st-badge st-category st-category-" + category, g.category().name())
                    .markup(" ").element("span", "st-count", Formats.count(g.tests().size()) + (g.tests().size() == 1
                            ? " test" : " tests"))
                    .markup(" ").element("code", "st-signature", Formats.clip(g.signature(), MAX_MESSAGE))
                    .close("h3");
            if (!g.rule().isEmpty()) {
                out.open("p", "st-rule").text("Classified by rule ").element("code", "st-rule-name",
                        Formats.clip(g.rule(), MAX_ID));
                if (!g.evidence().isEmpty()) {
                    out.text(": " + Formats.clip(g.evidence(), MAX_MESSAGE));
                }
                out.close("p");
            }
            String message = g.type().isEmpty() ? g.message() : g.type() + ": " + g.message();
            out.element("pre", "st-message", Formats.headAndTail(message, MAX_MESSAGE));
            groupTests(g, cascadesByRoot);
            out.close("article");
        }
        out.close("section").markup("\n");
    }

    private void groupTests(FailureGroup g, Map<String, Cascade> cascadesByRoot) {
        Set<String> followers = new HashSet<>(g.followers());
        Set<String> shown = new HashSet<>();
        List<String> roots = g.tests().stream().filter(t -> !followers.contains(t)).toList();
        if (!roots.isEmpty()) {
            out.open("ul", "st-test-list");
        }
        for (String test : roots.subList(0, Math.min(roots.size(), MAX_GROUP_TESTS))) {
            out.open("li").element("code", "st-test-id", Formats.clip(test, MAX_ID));
            Cascade c = cascadesByRoot.get(test);
            if (c != null && !c.followers().isEmpty()) {
                out.open("details", "st-cascade").element("summary", c.followers().size()
                        + (c.followers().size() == 1 ? " failure follows" : " failures follow") + " from this one"
                        + (c.reason().isEmpty() ? "" : ": " + Formats.clip(c.reason(), MAX_MESSAGE)));
                testList(c.followers());
                out.close("details");
                shown.addAll(c.followers());
            }
            out.close("li");
        }
        if (!roots.isEmpty()) {
            out.close("ul");
        }
        if (roots.size() > MAX_GROUP_TESTS) {
            out.element("p", "st-note", "\u2026 and " + Formats.count(roots.size() - MAX_GROUP_TESTS) + " more tests "
                    + "with this cause, not listed here (the tests that did not pass below, and Jenkins' Test Result, "
                    + "have them).");
        }
        List<String> rest = g.followers().stream().filter(t -> !shown.contains(t)).toList();
        if (!rest.isEmpty()) {
            out.open("details", "st-cascade").element("summary", rest.size()
                    + (rest.size() == 1 ? " follower" : " followers") + " of failures listed in other groups");
            testList(rest);
            out.close("details");
        }
    }

    private void testList(List<String> tests) {
        out.open("ul", "st-test-list");
        tests.subList(0, Math.min(tests.size(), MAX_GROUP_TESTS))
                .forEach(t -> out.open("li").element("code", "st-test-id", Formats.clip(t, MAX_ID)).close("li"));
        if (tests.size() > MAX_GROUP_TESTS) {
            out.open("li", "st-note").text("\u2026 and " + Formats.count(tests.size() - MAX_GROUP_TESTS) + " more")
                    .close("li");
        }
        out.close("ul");
    }

    private void changes(RunRecord run) {
        out.open("section", "st-section st-changes").element("h2", "Since the previous run");
        if (run.previousRunId().isEmpty()) {
            out.element("p", "st-note", "This is the first run of this tenant and suite: nothing to compare with.");
        } else {
            out.element("p", "st-note", "Compared with run " + Formats.clip(run.previousRunId(), MAX_ID) + ".");
            changeList("New failures", "st-new-failures", run.newFailures(), "No new failures.");
            changeList("Fixed tests", "st-fixed-tests", run.fixedTests(), "No test was fixed.");
        }
        out.close("section").markup("\n");
    }

    private void changeList(String title, String cssClass, List<String> tests, String none) {
        out.element("h3", tests.isEmpty() ? title : title + " (" + tests.size() + ")");
        if (tests.isEmpty()) {
            out.element("p", "st-none", none);
        } else {
            out.open("div", cssClass);
            testList(tests);
            out.close("div");
        }
    }

    private void flaky(RunRecord run) {
        List<TestCaseResult> flaky = run.tests().stream().filter(t -> t.outcome() == TestOutcome.FLAKY).toList();
        if (flaky.isEmpty()) {
            return;
        }
        out.open("section", "st-section st-flaky").element("h2", "Flaky tests (" + flaky.size() + ")");
        out.element("p", "st-note", "These failed at first and passed on a retry; they count as passed.");
        out.open("ul", "st-test-list");
        for (TestCaseResult t : flaky) {
            out.open("li").element("code", "st-test-id", Formats.clip(t.id(), MAX_ID))
                    .text(" \u2014 " + t.attempts() + " attempts");
            if (!t.failureMessage().isEmpty()) {
                out.text(": ").text(Formats.clip(t.failureMessage(), 500));
            }
            out.close("li");
        }
        out.close("ul").close("section").markup("\n");
    }

    private void notPassed(RunRecord run) {
        List<TestCaseResult> tests = run.tests().stream()
                .filter(t -> t.outcome() != TestOutcome.PASSED)
                .sorted((a, b) -> Integer.compare(rank(a.outcome()), rank(b.outcome())))
                .toList();
        if (tests.isEmpty()) {
            return;
        }
        out.open("section", "st-section st-not-passed")
                .element("h2", "Tests that did not pass (" + Formats.count(tests.size()) + ")");
        out.open("div", "st-table-scroll").open("table", "jenkins-table st-test-table")
                .markup("<thead><tr><th>Test</th><th>Outcome</th><th class=\"st-number\">Time</th>"
                        + "<th class=\"st-number\">Attempts</th><th>Message</th></tr></thead>")
                .open("tbody");
        tests.stream().limit(MAX_TEST_ROWS).forEach(this::testRow);
        out.close("tbody").close("table").close("div");
        if (tests.size() > MAX_TEST_ROWS) {
            out.element("p", "st-note", Formats.count(tests.size() - MAX_TEST_ROWS)
                    + " more not shown here; the run record has them all.");
        }
        out.close("section").markup("\n");
    }

    private void testRow(TestCaseResult t) {
        String outcome = t.outcome().name().toLowerCase(Locale.ROOT);
        out.open("tr", "st-row-" + outcome);
        out.open("td", "st-test");
        if (!t.className().isEmpty()) {
            out.element("span", "st-class-name", Formats.clip(t.className(), MAX_ID)).markup("<br>");
        }
        out.element("span", "st-test-name", Formats.clip(t.name(), MAX_ID));
        if (!t.file().isEmpty()) {
            out.markup("<br>").element("span", "st-file", Formats.clip(t.file(), MAX_ID));
        }
        out.close("td");
        out.open("td").element("span", "st-badge st-outcome st-outcome-" + outcome, t.outcome().name()).close("td");
        out.element("td", "st-number", Formats.duration(t.durationMillis()));
        out.element("td", "st-number", Integer.toString(t.attempts()));
        out.open("td", "st-failure");
        String message = t.failureType().isEmpty() ? t.failureMessage()
                : t.failureType() + (t.failureMessage().isEmpty() ? "" : ": " + t.failureMessage());
        out.element("div", "st-failure-message", Formats.headAndTail(message, 1000));
        block("Failure detail", t.failureDetail(), MAX_DETAIL);
        block("Standard output", t.stdout(), MAX_OUTPUT);
        block("Standard error", t.stderr(), MAX_OUTPUT);
        out.close("td").close("tr");
    }

    private void block(String title, String text, int max) {
        if (text.isEmpty()) {
            return;
        }
        String summary = text.length() > max ? title + " (cut: " + text.length() + " characters)" : title;
        out.open("details", "st-block").element("summary", summary)
                .element("pre", "st-pre", Formats.headAndTail(text, max)).close("details");
    }

    private static int rank(TestOutcome o) {
        return switch (o) {
            case ERROR -> 0;
            case FAILED -> 1;
            case FLAKY -> 2;
            case SKIPPED -> 3;
            case PASSED -> 4;
        };
    }
}

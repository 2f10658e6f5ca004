package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything known about one run of one suite for one tenant. Written once, at the end of the run, as JSON.
 *
 * @param schemaVersion   {@link #SCHEMA_VERSION} when written by this version
 * @param id              unique within the job: {@code <build>-<tenant>-<suite>[-<n>]}
 * @param build           the build (Jenkins) or sequence (command line) number
 * @param tenant          the tenant key
 * @param tenantName      the tenant's display name
 * @param suite           the suite's name
 * @param attributes      the tenant attributes
 * @param verdict         the run's verdict
 * @param reasons         why the verdict is what it is, one sentence each
 * @param counts          how many tests ended how
 * @param startedAt       epoch milliseconds
 * @param endedAt         epoch milliseconds
 * @param trigger         who or what started it ("Started by user alice", "timer", "command line")
 * @param revision        the source revision, or empty
 * @param preflight       the service checks, in the order required
 * @param parseProblems   result files, or parts of them, that could not be read
 * @param resultFiles     the result files read
 * @param failureGroups   failures grouped by signature
 * @param cascades        failures that follow one root failure
 * @param newFailures     ids of tests failing now that passed (or did not exist) in the previous run of the
 *                        same tenant and suite
 * @param fixedTests      ids of tests passing now that failed in that previous run
 * @param previousRunId   the previous run compared with, or empty
 * @param tests           every test case
 * @param reports         the archived reports
 * @param extra           anything else worth keeping (Jenkins: build URL, node), never secrets
 * @param attempts        the attempts of a run whose failed tests were rerun ({@code rerunFailed}), in order;
 *                        empty (and left out of the JSON) when the suite ran once
 */
public record RunRecord(int schemaVersion, String id, long build, String tenant, String tenantName, String suite,
        Map<String, String> attributes, RunVerdict verdict, List<String> reasons, RunCounts counts, long startedAt,
        long endedAt, String trigger, String revision, List<ProbeResult> preflight, List<ParseProblem> parseProblems,
        List<String> resultFiles, List<FailureGroup> failureGroups, List<Cascade> cascades, List<String> newFailures,
        List<String> fixedTests, String previousRunId, List<TestCaseResult> tests, List<ReportLink> reports,
        Map<String, String> extra, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TestAttempt> attempts) {

    /**
     * The record format this version writes. Readers accept this and older versions. 2: the tests in compact form
     * (a passing test is its name, outcome and time; suite, class and file only where they change; see
     * {@link CompactTestsWriter}); 1: every field of every test.
     */
    public static final int SCHEMA_VERSION = 2;

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(verdict, "verdict");
        tenantName = Objects.requireNonNullElse(tenantName, tenant);
        suite = Objects.requireNonNullElse(suite, "default");
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
        reasons = List.copyOf(Objects.requireNonNullElse(reasons, List.of()));
        counts = Objects.requireNonNullElse(counts, RunCounts.NONE);
        trigger = Objects.requireNonNullElse(trigger, "");
        revision = Objects.requireNonNullElse(revision, "");
        preflight = List.copyOf(Objects.requireNonNullElse(preflight, List.of()));
        parseProblems = List.copyOf(Objects.requireNonNullElse(parseProblems, List.of()));
        resultFiles = List.copyOf(Objects.requireNonNullElse(resultFiles, List.of()));
        failureGroups = List.copyOf(Objects.requireNonNullElse(failureGroups, List.of()));
        cascades = List.copyOf(Objects.requireNonNullElse(cascades, List.of()));
        newFailures = List.copyOf(Objects.requireNonNullElse(newFailures, List.of()));
        fixedTests = List.copyOf(Objects.requireNonNullElse(fixedTests, List.of()));
        previousRunId = Objects.requireNonNullElse(previousRunId, "");
        tests = List.copyOf(Objects.requireNonNullElse(tests, List.of()));
        reports = List.copyOf(Objects.requireNonNullElse(reports, List.of()));
        extra = Map.copyOf(Objects.requireNonNullElse(extra, Map.of()));
        attempts = List.copyOf(Objects.requireNonNullElse(attempts, List.of()));
    }

    /** A record of a run that ran once (no attempts). */
    public RunRecord(int schemaVersion, String id, long build, String tenant, String tenantName, String suite,
            Map<String, String> attributes, RunVerdict verdict, List<String> reasons, RunCounts counts, long startedAt,
            long endedAt, String trigger, String revision, List<ProbeResult> preflight,
            List<ParseProblem> parseProblems, List<String> resultFiles, List<FailureGroup> failureGroups,
            List<Cascade> cascades, List<String> newFailures, List<String> fixedTests, String previousRunId,
            List<TestCaseResult> tests, List<ReportLink> reports, Map<String, String> extra) {
        this(schemaVersion, id, build, tenant, tenantName, suite, attributes, verdict, reasons, counts, startedAt,
                endedAt, trigger, revision, preflight, parseProblems, resultFiles, failureGroups, cascades, newFailures,
                fixedTests, previousRunId, tests, reports, extra, List.of());
    }

    /** The same record with its attempts. */
    public RunRecord withAttempts(List<TestAttempt> newAttempts) {
        return new RunRecord(schemaVersion, id, build, tenant, tenantName, suite, attributes, verdict, reasons, counts,
                startedAt, endedAt, trigger, revision, preflight, parseProblems, resultFiles, failureGroups, cascades,
                newFailures, fixedTests, previousRunId, tests, reports, extra, newAttempts);
    }

    /** How long the run took, in milliseconds. */
    public long durationMillis() {
        return Math.max(0, endedAt - startedAt);
    }

    /** The pass rate in percent, or -1 when no test ran; see {@link RunCounts#passRate()}. */
    public double passRate() {
        return counts.passRate();
    }
}

package io.jenkins.plugins.systemtest.engine.run;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalysis;
import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalyzer;
import io.jenkins.plugins.systemtest.engine.gate.GateDecision;
import io.jenkins.plugins.systemtest.engine.history.RunComparison;
import io.jenkins.plugins.systemtest.engine.history.RunSummary;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;
import io.jenkins.plugins.systemtest.engine.secret.RecordMasker;
import io.jenkins.plugins.systemtest.engine.secret.SecretMasker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a run produced into its record: counts, failure groups and cascades, new failures and fixed tests
 * against the previous run of the same tenant and suite, and the verdict of the quality gate. Everything is masked
 * before it is returned. Tests that passed at the first attempt are kept without their output
 * ({@link ParsedResults#withoutPassedOutput()}). This is where the command line and Jenkins come together: both call it with the same
 * inputs and so reach the same verdict.
 */
public final class RunAssembler {

    private final FailureAnalyzer analyzer;

    public RunAssembler() {
        this(new FailureAnalyzer());
    }

    public RunAssembler(FailureAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Assembles the record.
     *
     * @param facts     who, when, under which gate
     * @param preflight the service checks (empty when none were required)
     * @param parsed    the parsed results, or empty when the suite did not run
     * @param reports   the archived reports
     * @param previous  the previous run of the same tenant and suite, if any
     * @param masker    the secrets to mask
     */
    public AssembledRun assemble(RunFacts facts, List<ProbeResult> preflight, ParsedResults parsed,
            List<ReportLink> reports, Optional<RunSummary> previous, SecretMasker masker) {
        return assemble(facts, preflight, parsed, reports, previous, masker, List.of(), "");
    }

    /**
     * Assembles the record of a run whose failed tests were rerun: {@code parsed} are the attempts merged, which
     * the gate judges; the attempts are kept in the record and {@code attemptsNote} (what the reruns showed) is
     * one of its reasons.
     */
    public AssembledRun assemble(RunFacts facts, List<ProbeResult> preflight, ParsedResults parsed,
            List<ReportLink> reports, Optional<RunSummary> previous, SecretMasker masker, List<TestAttempt> attempts,
            String attemptsNote) {
        ParsedResults results = parsed.withoutPassedOutput();
        RunCounts counts = RunCounts.of(results.tests());
        FailureAnalysis analysis = analyzer.analyze(results.tests());
        GateDecision decision = GateDecision.evaluate(facts.gate(),
                facts.aborted() ? facts.interruption().reason() : null, preflight, counts, analysis);
        List<String> reasons = new ArrayList<>(decision.reasons());
        if (!results.problems().isEmpty()) {
            // Result files, and the team's failure rules file when it could not be used.
            int n = results.problems().size();
            reasons.add((n == 1 ? "1 problem reading a file of the run: " : n + " problems reading files of the run: ")
                    + results.problems().get(0) + (n > 1 ? " (and more)" : ""));
        }
        if (attemptsNote != null && !attemptsNote.isBlank()) {
            reasons.add(attemptsNote);
        }
        RunComparison comparison = previous.map(p -> RunComparison.of(p, results.tests())).orElse(RunComparison.NONE);
        RunRecord record = new RunRecord(RunRecord.SCHEMA_VERSION, facts.id(), facts.build(), facts.tenant().key(),
                facts.tenant().displayName(), facts.tenant().suite(), facts.tenant().attributes(), decision.verdict(),
                reasons, counts, facts.startedAt(), facts.endedAt(), facts.trigger(), facts.revision(), preflight,
                results.problems(), results.files(), analysis.groups(), analysis.cascades(), comparison.newFailures(),
                comparison.fixedTests(), comparison.previousRunId(), results.tests(), reports, facts.extra(), attempts);
        RunRecord masked = new RecordMasker(masker).mask(record);
        return new AssembledRun(masked, new GateDecision(decision.verdict(), decision.outcome(), masked.reasons()));
    }
}

package io.jenkins.plugins.systemtest.engine.secret;

import io.jenkins.plugins.systemtest.engine.analysis.Cascade;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestAttempt;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.preflight.ProbeResult;
import io.jenkins.plugins.systemtest.engine.record.ReportLink;
import io.jenkins.plugins.systemtest.engine.record.RunRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Applies a {@link SecretMasker} to every text of parsed results and run records, names included. */
public final class RecordMasker {

    private final SecretMasker masker;

    public RecordMasker(SecretMasker masker) {
        this.masker = masker;
    }

    /** The results with every secret masked. */
    public ParsedResults mask(ParsedResults results) {
        if (!masker.isActive()) {
            return results;
        }
        return new ParsedResults(strings(results.files()), results.tests().stream().map(this::mask).toList(),
                results.problems().stream().map(this::mask).toList());
    }

    /** The test with every secret masked. */
    public TestCaseResult mask(TestCaseResult t) {
        if (!masker.isActive()) {
            return t;
        }
        return new TestCaseResult(m(t.suite()), m(t.className()), m(t.name()), t.outcome(), t.durationMillis(),
                m(t.failureType()), m(t.failureMessage()), m(t.failureDetail()), m(t.stdout()), m(t.stderr()),
                t.attempts(), m(t.file()));
    }

    /** The record with every secret masked. */
    public RunRecord mask(RunRecord r) {
        if (!masker.isActive()) {
            return r;
        }
        List<ProbeResult> preflight = r.preflight().stream().map(p -> new ProbeResult(m(p.target()), p.up(),
                p.latencyMillis(), p.attempts(), p.cause(), m(p.message()), m(p.hint()))).toList();
        List<FailureGroup> groups = r.failureGroups().stream().map(g -> new FailureGroup(m(g.signature()),
                g.category(), g.rule(), m(g.type()), m(g.message()), strings(g.tests()), strings(g.followers())))
                .toList();
        List<Cascade> cascades = r.cascades().stream().map(c -> new Cascade(m(c.rootTest()), m(c.suite()),
                strings(c.followers()), m(c.reason()))).toList();
        List<ReportLink> reports = r.reports().stream().map(l -> new ReportLink(m(l.name()), m(l.path()),
                m(l.index()), l.files(), l.needsJavaScript(), m(l.problem()))).toList();
        return new RunRecord(r.schemaVersion(), r.id(), r.build(), r.tenant(), m(r.tenantName()), r.suite(),
                map(r.attributes()), r.verdict(), strings(r.reasons()), r.counts(), r.startedAt(), r.endedAt(),
                m(r.trigger()), m(r.revision()), preflight, r.parseProblems().stream().map(this::mask).toList(),
                strings(r.resultFiles()), groups, cascades, strings(r.newFailures()), strings(r.fixedTests()),
                r.previousRunId(), r.tests().stream().map(this::mask).toList(), reports, map(r.extra()),
                r.attempts().stream().map(this::mask).toList());
    }

    private TestAttempt mask(TestAttempt a) {
        return new TestAttempt(a.number(), a.startedAt(), a.endedAt(), m(a.ending()), a.counts(),
                strings(a.resultFiles()), a.tests().stream().map(o -> new TestAttempt.Outcome(m(o.test()),
                o.outcome(), m(o.message()))).toList());
    }

    private ParseProblem mask(ParseProblem p) {
        return new ParseProblem(m(p.file()), p.line(), p.column(), m(p.message()));
    }

    private String m(String s) {
        return masker.mask(s);
    }

    private List<String> strings(List<String> list) {
        return list.stream().map((UnaryOperator<String>) this::m).toList();
    }

    private Map<String, String> map(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, m(v)));
        return out;
    }
}

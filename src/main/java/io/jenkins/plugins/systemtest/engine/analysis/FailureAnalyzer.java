package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Analyses the failures of a run: groups the failing tests (FAILED and ERROR; flaky tests passed in the end) by
 * {@link FailureSignature}, classifies each group by its first member with {@link FailureRules}, and finds the
 * cascades with {@link CascadeDetector}.
 */
public final class FailureAnalyzer {

    private final FailureRules rules;
    private final CascadeDetector detector;

    /** An analyzer using the built-in rules. */
    public FailureAnalyzer() {
        this(FailureRules.defaults());
    }

    /** An analyzer using these rules, for classification and for cascades. */
    public FailureAnalyzer(FailureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.detector = new CascadeDetector(rules);
    }

    /**
     * The analysis of a run's tests, given in the order they ran. Groups with independent failures come first,
     * those with the most independent failures first, then groups made only of cascade followers; ties in the order
     * their first failure ran. Within a group the roots come before the followers, each in the order they ran.
     */
    public FailureAnalysis analyze(List<TestCaseResult> tests) {
        Map<TestCaseResult, String> signatures = new IdentityHashMap<>();
        Map<String, List<TestCaseResult>> bySignature = new LinkedHashMap<>();
        for (TestCaseResult t : tests) {
            if (t.outcome().isProblem()) {
                String signature = FailureSignature.of(t);
                signatures.put(t, signature);
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(t);
            }
        }
        if (bySignature.isEmpty()) {
            return FailureAnalysis.NONE;
        }
        CascadeDetector.Detection detection = detector.detect(tests, signatures::get);
        List<FailureGroup> groups = new ArrayList<>();
        bySignature.forEach((signature, members) -> groups.add(group(signature, members, detection)));
        // Independent failures first: a group made only of cascade followers is a consequence, shown after its root.
        groups.sort(Comparator.comparing((FailureGroup g) -> g.followers().size() == g.tests().size())
                .thenComparing(Comparator.comparingInt((FailureGroup g) -> g.tests().size() - g.followers().size())
                        .reversed())
                .thenComparing(Comparator.comparingInt((FailureGroup g) -> g.tests().size()).reversed()));
        return new FailureAnalysis(groups, detection.cascades());
    }

    private FailureGroup group(String signature, List<TestCaseResult> members, CascadeDetector.Detection detection) {
        TestCaseResult first = members.get(0);
        FailureRules.Classification c = rules.classify(first);
        List<String> roots = new ArrayList<>();
        List<String> followers = new ArrayList<>();
        for (TestCaseResult t : members) {
            (detection.followers().contains(t) ? followers : roots).add(t.id());
        }
        List<String> ordered = new ArrayList<>(roots);
        ordered.addAll(followers);
        String message = FailureSignature.message(first);
        if (message.isBlank()) {
            message = FailureSignature.headline(first.failureDetail());
        }
        return new FailureGroup(signature, c.category(), c.rule(), FailureSignature.typeOf(first), message, ordered,
                followers);
    }

    /** The cascade in which the test (by id) is a follower, if it is one. */
    public static Optional<Cascade> cascadeOf(FailureAnalysis analysis, String testId) {
        return analysis.cascades().stream().filter(c -> c.followers().contains(testId)).findFirst();
    }

    /** The id of the root test the test (by id) follows from, if it is a follower. */
    public static Optional<String> rootOf(FailureAnalysis analysis, String testId) {
        return cascadeOf(analysis, testId).map(Cascade::rootTest);
    }

    /** Whether the test (by id) is a cascade follower. */
    public static boolean isFollower(FailureAnalysis analysis, String testId) {
        return cascadeOf(analysis, testId).isPresent();
    }
}

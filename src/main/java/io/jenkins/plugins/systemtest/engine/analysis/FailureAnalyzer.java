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
 * Analyses the failures of a run: classifies each failing test (FAILED and ERROR; flaky tests passed in the end)
 * with {@link FailureRules}, finds the cascades with {@link CascadeDetector}, and groups the failures by cause:
 * infrastructure failures by rule and endpoint ({@link Endpoint}), the others by {@link FailureSignature}. A group
 * takes the classification of its first member; a group made only of followers of infrastructure failures counts as
 * infrastructure.
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
        Map<TestCaseResult, FailureText> texts = new IdentityHashMap<>();
        Map<TestCaseResult, FailureRules.Classification> classes = new IdentityHashMap<>();
        for (TestCaseResult t : tests) {
            if (t.outcome().isProblem()) {
                FailureText text = FailureText.of(t);
                texts.put(t, text);
                classes.put(t, rules.classify(text, t.outcome()));
            }
        }
        if (texts.isEmpty()) {
            return FailureAnalysis.NONE;
        }
        CascadeDetector.Detection detection = detector.detect(tests, texts::get,
                t -> classes.get(t).category() == FailureCategory.INFRASTRUCTURE);
        Map<String, List<TestCaseResult>> byCause = new LinkedHashMap<>();
        for (TestCaseResult t : tests) {
            FailureRules.Classification c = classes.get(t);
            if (c != null) {
                String key = c.category() == FailureCategory.INFRASTRUCTURE
                        ? "infrastructure " + c.rule() + " " + Endpoint.of(texts.get(t).all()).orElse("")
                        : FailureSignature.of(t, texts.get(t));
                byCause.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        List<FailureGroup> groups = new ArrayList<>();
        byCause.values().forEach(members -> groups.add(group(members, texts, classes, detection)));
        // Independent failures first: a group made only of cascade followers is a consequence, shown after its root.
        groups.sort(Comparator.comparing((FailureGroup g) -> g.followers().size() == g.tests().size())
                .thenComparing(Comparator.comparingInt((FailureGroup g) -> g.tests().size() - g.followers().size())
                        .reversed())
                .thenComparing(Comparator.comparingInt((FailureGroup g) -> g.tests().size()).reversed()));
        return new FailureAnalysis(groups, detection.cascades());
    }

    private static FailureGroup group(List<TestCaseResult> members, Map<TestCaseResult, FailureText> texts,
            Map<TestCaseResult, FailureRules.Classification> classes, CascadeDetector.Detection detection) {
        TestCaseResult first = members.get(0);
        FailureText text = texts.get(first);
        FailureRules.Classification c = classes.get(first);
        List<String> roots = new ArrayList<>();
        List<String> followers = new ArrayList<>();
        for (TestCaseResult t : members) {
            (detection.isFollower(t) ? followers : roots).add(t.id());
        }
        FailureCategory category = c.category();
        String evidence = c.evidence();
        if (roots.isEmpty() && members.stream().allMatch(t -> classes.get(detection.links().get(t).root())
                .category() == FailureCategory.INFRASTRUCTURE)) {
            FailureRules.Classification root = classes.get(detection.links().get(first).root());
            category = FailureCategory.INFRASTRUCTURE;
            evidence = "follows from an infrastructure failure (" + root.rule() + ": " + root.evidence() + ")";
        }
        List<String> ordered = new ArrayList<>(roots);
        ordered.addAll(followers);
        String message = FailureSignature.message(first);
        if (message.isBlank() || FailureText.usefulType(message).isEmpty()) {
            message = text.head();
        }
        String type = FailureText.usefulType(first.failureType());
        if (type.isEmpty()) {
            type = FailureText.usefulType(FailureSignature.typeOf(first));
        }
        if (!type.isEmpty() && message.startsWith(type + ": ")) {
            message = message.substring(type.length() + 2);
        } else if (message.startsWith(type)) {
            type = "";
        }
        return new FailureGroup(FailureSignature.of(first, text), category, c.rule(), type, message, ordered, followers,
                evidence);
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

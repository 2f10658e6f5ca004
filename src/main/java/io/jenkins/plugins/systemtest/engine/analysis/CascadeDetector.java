package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds cascades: within one suite, the first failing test is the root, and a later failing test follows from it
 * when its failure matches a {@link FailureRules.Kind#FOLLOW_ON} rule (a session left rolled back, state left null)
 * or repeats the signature of the root or of an earlier follower. Flaky, skipped and passed tests take no part.
 * The suite is {@link TestCaseResult#suite()}, or the class name when the suite is empty.
 */
public final class CascadeDetector {

    static final String SAME_AS_ROOT = "the same failure as the root";
    static final String SAME_AS_FOLLOWER = "the same failure as an earlier follower";

    private final FailureRules rules;

    /** A detector using the built-in rules. */
    public CascadeDetector() {
        this(FailureRules.defaults());
    }

    /** A detector using these rules' follow-on rules. */
    public CascadeDetector(FailureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The cascades among these tests (in the order they ran), in the order their roots ran. */
    public List<Cascade> detect(List<TestCaseResult> tests) {
        return detect(tests, FailureSignature::of).cascades();
    }

    /**
     * The cascades and the follower test cases themselves (by identity, as ids may repeat across result files).
     *
     * @param cascades  the cascades, in the order their roots ran
     * @param followers the follower test cases
     */
    record Detection(List<Cascade> cascades, Set<TestCaseResult> followers) {
    }

    Detection detect(List<TestCaseResult> tests, Function<TestCaseResult, String> signatureOf) {
        Map<String, SuiteState> suites = new LinkedHashMap<>();
        Set<TestCaseResult> followers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TestCaseResult t : tests) {
            if (!t.outcome().isProblem()) {
                continue;
            }
            String signature = signatureOf.apply(t);
            SuiteState state = suites.get(suiteOf(t));
            if (state == null) {
                suites.put(suiteOf(t), new SuiteState(t, signature));
                continue;
            }
            Optional<String> reason = followReason(state, t, signature);
            if (reason.isPresent()) {
                state.followers.add(t.id());
                state.reasons.add(reason.get());
                state.signatures.add(signature);
                followers.add(t);
            }
        }
        List<Cascade> cascades = new ArrayList<>();
        suites.forEach((suite, s) -> {
            if (!s.followers.isEmpty()) {
                cascades.add(new Cascade(s.root.id(), suite, s.followers, reason(s)));
            }
        });
        return new Detection(List.copyOf(cascades), followers);
    }

    /** The suite a test belongs to for cascades: its suite, or its class when no suite is reported. */
    public static String suiteOf(TestCaseResult t) {
        return t.suite().isBlank() ? t.className() : t.suite();
    }

    private Optional<String> followReason(SuiteState state, TestCaseResult t, String signature) {
        Optional<FailureRules.Rule> rule = rules.followOn(t);
        if (rule.isPresent()) {
            return Optional.of(rule.get().description());
        }
        if (signature.equals(state.rootSignature)) {
            return Optional.of(SAME_AS_ROOT);
        }
        if (state.signatures.contains(signature)) {
            return Optional.of(SAME_AS_FOLLOWER);
        }
        return Optional.empty();
    }

    /** The distinct reasons of the followers, in the order first seen, as one sentence. */
    private static String reason(SuiteState s) {
        String joined = String.join("; ", s.reasons);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    /** What is known of one suite so far. */
    private static final class SuiteState {
        final TestCaseResult root;
        final String rootSignature;
        final Set<String> signatures = new HashSet<>();
        final List<String> followers = new ArrayList<>();
        final Set<String> reasons = new LinkedHashSet<>();

        SuiteState(TestCaseResult root, String rootSignature) {
            this.root = root;
            this.rootSignature = rootSignature;
        }
    }
}

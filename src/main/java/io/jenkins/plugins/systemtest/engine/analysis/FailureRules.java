package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.analysis.FailureRule.Kind;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of rules and how they decide: team rules (from a rules file) first, then the built-in ones
 * ({@link BuiltInRules}).
 *
 * <p>Classification: the error statements of the failure ({@link FailureText}) are searched from the deepest cause
 * up to the head, first with the team's rules, then with the built-in ones; in each statement the
 * {@link Kind#INFRASTRUCTURE} and {@link Kind#PRODUCT} rules are tried in order, and the first match decides
 * between infrastructure and product: the deepest cause decides. A product failure is then an assertion when an
 * {@link Kind#ASSERTION} rule matches the head, else an error of the trap that matched, else of the first
 * {@link Kind#FALLBACK} rule matching the head, else ASSERTION for a {@code <failure>} and ERROR for an
 * {@code <error>}.
 */
public final class FailureRules {

    /** The name recorded when nothing matched a failure reported as {@code <failure>}: ASSERTION. */
    public static final String FAILURE_ELEMENT = "failure-element";
    /** The name recorded when nothing matched a failure reported as {@code <error>}: ERROR. */
    public static final String ERROR_ELEMENT = "error-element";

    /**
     * What a failure was classified as, and why.
     *
     * @param category the category
     * @param rule     the name of the rule that decided, or {@link #FAILURE_ELEMENT} / {@link #ERROR_ELEMENT}
     * @param evidence for a person: what the rule matched and where ("matched `ECONNREFUSED` in the failure body")
     */
    public record Classification(FailureCategory category, String rule, String evidence) {
    }

    /**
     * A rule that matched.
     *
     * @param rule    the rule
     * @param matched the text its pattern matched
     * @param source  where: "the message", "the failure body", "cause 2 in the failure body"
     */
    public record Match(FailureRule rule, String matched, String source) {

        /** "matched `...` in ...", for a person. */
        public String evidence() {
            return "matched `" + clip(matched.strip()) + "` in " + source;
        }
    }

    private final List<FailureRule> team;
    private final List<FailureRule> builtIn;

    /** These rules, tried in the order given, as built-in rules; names must be unique. */
    public FailureRules(List<FailureRule> rules) {
        this(List.of(), rules);
    }

    private FailureRules(List<FailureRule> team, List<FailureRule> builtIn) {
        this.team = List.copyOf(team);
        this.builtIn = List.copyOf(builtIn);
        Set<String> names = new HashSet<>();
        for (FailureRule r : rules()) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("rule name used twice: " + r.name());
            }
        }
    }

    /** The built-in rules. */
    public static FailureRules defaults() {
        return new FailureRules(BuiltInRules.ALL);
    }

    /**
     * These rules with more rules that win over them: they are tried first, in every statement of a failure, before
     * any of these. Names must stay unique.
     */
    public FailureRules withFirst(List<FailureRule> more) {
        List<FailureRule> first = new ArrayList<>(more);
        first.addAll(team);
        return new FailureRules(first, builtIn);
    }

    /** All rules, in the order they are tried: the ones that win first. */
    public List<FailureRule> rules() {
        List<FailureRule> all = new ArrayList<>(team);
        all.addAll(builtIn);
        return all;
    }

    /** What a failing test's failure points to, and the rule that said so. */
    public Classification classify(TestCaseResult test) {
        return classify(FailureText.of(test), test.outcome());
    }

    /** What a failure, given by its error statements, points to. */
    public Classification classify(FailureText text, TestOutcome outcome) {
        Match decided = deepest(team, text);
        if (decided == null) {
            decided = deepest(builtIn, text);
        }
        if (decided != null && decided.rule().kind() == Kind.INFRASTRUCTURE) {
            return new Classification(FailureCategory.INFRASTRUCTURE, decided.rule().name(), decided.evidence());
        }
        Optional<Match> assertion = inHead(Kind.ASSERTION, text);
        if (assertion.isPresent()) {
            String also = decided == null ? "" : "; the product's error: " + decided.evidence();
            return new Classification(FailureCategory.ASSERTION, assertion.get().rule().name(),
                    assertion.get().evidence() + also);
        }
        if (decided != null) {
            return new Classification(decided.rule().category(), decided.rule().name(), decided.evidence()
                    + ": the server was reached and answered");
        }
        Optional<Match> fallback = inHead(Kind.FALLBACK, text);
        if (fallback.isPresent()) {
            return new Classification(FailureCategory.ERROR, fallback.get().rule().name(),
                    fallback.get().evidence());
        }
        return outcome == TestOutcome.ERROR
                ? new Classification(FailureCategory.ERROR, ERROR_ELEMENT, "no rule matched; reported as <error>")
                : new Classification(FailureCategory.ASSERTION, FAILURE_ELEMENT,
                        "no rule matched; reported as <failure>");
    }

    /** The first follow-on rule the failure's head matches: the failure follows from an earlier one. */
    public Optional<Match> followOn(FailureText text) {
        return inHead(Kind.FOLLOW_ON, text);
    }

    /** The first follow-on rule a failing test's head matches. */
    public Optional<FailureRule> followOn(TestCaseResult test) {
        return followOn(FailureText.of(test)).map(Match::rule);
    }

    /** The first infrastructure or product rule matching a statement, the deepest statement first. */
    private static Match deepest(List<FailureRule> rules, FailureText text) {
        List<FailureText.Statement> statements = text.statements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            FailureText.Statement s = statements.get(i);
            for (FailureRule r : rules) {
                if (r.kind() == Kind.INFRASTRUCTURE || r.kind() == Kind.PRODUCT) {
                    Optional<String> m = r.find(s.text());
                    if (m.isPresent()) {
                        return new Match(r, m.get(), s.source());
                    }
                }
            }
        }
        return null;
    }

    private Optional<Match> inHead(Kind kind, FailureText text) {
        for (FailureRule r : rules()) {
            if (r.kind() == kind) {
                Optional<String> m = r.find(text.head());
                if (m.isPresent()) {
                    return Optional.of(new Match(r, m.get(), text.headSource()));
                }
            }
        }
        return Optional.empty();
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 120 ? one : one.substring(0, 117) + "...";
    }
}

package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cascades: a failing test follows from an earlier failing test of the same suite when its head matches a
 * {@link FailureRule.Kind#FOLLOW_ON} rule (a session left rolled back, state left null). Its root is the earlier
 * failure it cites (SQLAlchemy's "Original exception was: ...", a chained cause), else for a transaction left
 * aborted the nearest earlier database failure, else the nearest earlier failure; "nearest" prefers the same test
 * class. Only independent failures are roots. A null-state failure follows only when the null is the test's own
 * state ({@link TopFrame}); infrastructure failures never follow anything; a later failure with the same signature
 * is a repeat of the same failure, in the same group, not a follower. Flaky, skipped and passed tests take no part.
 */
public final class CascadeDetector {

    /** Where a follower's text cites the failure it follows from. */
    private static final Pattern CITATION = Pattern.compile(
            "(?:Original exception was|nested exception is|caused by|Caused by)[:\\s]+(.+)");
    private static final Pattern LEADING_TYPE = Pattern.compile(
            "^(?:\\([\\w.$]+\\)\\s*|[\\w.$\\\\:]+(?:Error|Exception|Violation)(?: :|:)\\s*)+");
    private static final Pattern DATABASE = Pattern.compile("SQLSTATE|psycopg|sqlalchemy\\.exc|IntegrityError"
            + "|PSQLException|SQLException|QueryException|PDOException|DataIntegrityViolation|org\\.hibernate|PG::"
            + "|ActiveRecord::|duplicate key|violates \\S+ constraint|Duplicate entry|Integrity constraint"
            + "|SqlException|PostgresException|DbUpdateException|PgDatabaseError|\\bERROR: ");
    private static final int MIN_CITATION = 15;
    private static final int MAX_CITATION = 60;

    private final FailureRules rules;

    /** A detector using the built-in rules. */
    public CascadeDetector() {
        this(FailureRules.defaults());
    }

    /** A detector using these rules' follow-on and classification rules. */
    public CascadeDetector(FailureRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The cascades among these tests (in the order they ran), in the order their roots ran. */
    public List<Cascade> detect(List<TestCaseResult> tests) {
        Map<TestCaseResult, FailureText> texts = new IdentityHashMap<>();
        tests.forEach(t -> texts.put(t, FailureText.of(t)));
        return detect(tests, texts::get, t -> rules.classify(texts.get(t), t.outcome()).category()
                == FailureCategory.INFRASTRUCTURE).cascades();
    }

    /**
     * Why a follower follows.
     *
     * @param root   the failure it follows from
     * @param reason for a person: the follow-on rule's description and how the root was chosen
     */
    record Link(TestCaseResult root, String reason) {
    }

    /**
     * The cascades and each follower's link to its root (by identity, as ids may repeat across result files).
     *
     * @param cascades the cascades, in the order their roots ran
     * @param links    the followers and their roots
     */
    record Detection(List<Cascade> cascades, Map<TestCaseResult, Link> links) {

        boolean isFollower(TestCaseResult t) {
            return links.containsKey(t);
        }
    }

    Detection detect(List<TestCaseResult> tests, Function<TestCaseResult, FailureText> textOf,
            Predicate<TestCaseResult> infrastructure) {
        Map<TestCaseResult, List<String>> normalised = new IdentityHashMap<>();
        Function<TestCaseResult, List<String>> normalisedOf = r -> normalised.computeIfAbsent(r, k -> textOf.apply(k)
                .statements().stream().map(st -> FailureSignature.normalise(st.text())).toList());
        Map<String, List<TestCaseResult>> rootsBySuite = new LinkedHashMap<>();
        Map<String, List<TestCaseResult>> followersBySuite = new LinkedHashMap<>();
        Map<TestCaseResult, String> signatures = new IdentityHashMap<>();
        Map<TestCaseResult, Link> links = new IdentityHashMap<>();
        for (TestCaseResult t : tests) {
            if (!t.outcome().isProblem()) {
                continue;
            }
            List<TestCaseResult> roots = rootsBySuite.computeIfAbsent(suiteOf(t), k -> new ArrayList<>());
            List<TestCaseResult> followers = followersBySuite.computeIfAbsent(suiteOf(t), k -> new ArrayList<>());
            Optional<Link> link = infrastructure.test(t) ? Optional.empty()
                    : link(t, textOf, normalisedOf, roots, followers, links, signatures);
            if (link.isPresent()) {
                links.put(t, link.get());
                followers.add(t);
            } else {
                roots.add(t);
            }
        }
        return new Detection(cascades(tests, links), links);
    }

    private Optional<Link> link(TestCaseResult t, Function<TestCaseResult, FailureText> textOf,
            Function<TestCaseResult, List<String>> normalisedOf, List<TestCaseResult> roots,
            List<TestCaseResult> followers, Map<TestCaseResult, Link> links, Map<TestCaseResult, String> signatures) {
        FailureText text = textOf.apply(t);
        Optional<FailureRules.Match> match = rules.followOn(text);
        if (match.isEmpty() || roots.isEmpty()) {
            return Optional.empty();
        }
        FailureRule rule = match.get().rule();
        String why = rule.description() + " (" + match.get().evidence() + ")";
        if (rule.follows() == FailureRule.Follows.OWN_STATE) {
            Optional<TopFrame> frame = TopFrame.of(t);
            if (frame.isPresent() && !frame.get().inTest()) {
                return Optional.empty();
            }
            if (frame.isPresent()) {
                why += ", raised in the test's own code at " + frame.get().location();
            }
        }
        Optional<TestCaseResult> cited = cited(text, roots, normalisedOf);
        if (cited.isPresent()) {
            return Optional.of(new Link(cited.get(), why + "; it cites the failure of " + cited.get().id()));
        }
        if (rule.follows() == FailureRule.Follows.DATABASE) {
            Optional<TestCaseResult> db = nearest(t, roots, r -> DATABASE.matcher(textOf.apply(r).all()).find());
            if (db.isPresent()) {
                return Optional.of(new Link(db.get(), why + "; the nearest earlier database failure"));
            }
        }
        Function<TestCaseResult, String> signatureOf = r -> signatures.computeIfAbsent(r,
                k -> FailureSignature.of(k, textOf.apply(k)));
        String signature = signatureOf.apply(t);
        for (int i = followers.size() - 1; i >= 0; i--) {
            TestCaseResult earlier = followers.get(i);
            if (signatureOf.apply(earlier).equals(signature)) {
                Link like = links.get(earlier);
                return Optional.of(new Link(like.root(), why + "; the same failure as the earlier follower "
                        + earlier.id()));
            }
        }
        String because = why + "; the nearest earlier failure";
        return nearest(t, roots, r -> true).map(r -> new Link(r, because));
    }

    /** The earlier failure whose text the follower cites, nearest first. */
    private static Optional<TestCaseResult> cited(FailureText text, List<TestCaseResult> roots,
            Function<TestCaseResult, List<String>> normalisedOf) {
        List<String> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(text.head());
        while (m.find()) {
            citations.add(m.group(1));
        }
        text.statements().stream().skip(1).forEach(s -> citations.add(s.text()));
        for (String citation : citations) {
            String core = LEADING_TYPE.matcher(FailureSignature.normalise(citation)).replaceFirst("");
            if (core.length() < MIN_CITATION) {
                continue;
            }
            String key = core.length() > MAX_CITATION ? core.substring(0, MAX_CITATION) : core;
            for (int i = roots.size() - 1; i >= 0; i--) {
                TestCaseResult r = roots.get(i);
                for (String statement : normalisedOf.apply(r)) {
                    if (statement.contains(key)) {
                        return Optional.of(r);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The nearest earlier root that passes the filter, one of the same test class first. */
    private static Optional<TestCaseResult> nearest(TestCaseResult t, List<TestCaseResult> roots,
            Predicate<TestCaseResult> filter) {
        TestCaseResult any = null;
        for (int i = roots.size() - 1; i >= 0; i--) {
            TestCaseResult r = roots.get(i);
            if (filter.test(r)) {
                if (r.className().equals(t.className())) {
                    return Optional.of(r);
                }
                any = any == null ? r : any;
            }
        }
        return Optional.ofNullable(any);
    }

    private static List<Cascade> cascades(List<TestCaseResult> tests, Map<TestCaseResult, Link> links) {
        Map<TestCaseResult, List<TestCaseResult>> byRoot = new IdentityHashMap<>();
        for (TestCaseResult t : tests) {
            Link l = links.get(t);
            if (l != null) {
                byRoot.computeIfAbsent(l.root(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Cascade> cascades = new ArrayList<>();
        for (TestCaseResult root : tests) {
            List<TestCaseResult> followers = byRoot.remove(root);
            if (followers == null) {
                continue;
            }
            Set<String> reasons = new LinkedHashSet<>();
            followers.forEach(f -> reasons.add(links.get(f).reason()));
            String reason = String.join("; ", reasons);
            cascades.add(new Cascade(root.id(), suiteOf(root), followers.stream().map(TestCaseResult::id).toList(),
                    Character.toUpperCase(reason.charAt(0)) + reason.substring(1)));
        }
        return List.copyOf(cascades);
    }

    /** The suite a test belongs to for cascades: its suite, or its class when no suite is reported. */
    public static String suiteOf(TestCaseResult t) {
        return t.suite().isBlank() ? t.className() : t.suite();
    }
}

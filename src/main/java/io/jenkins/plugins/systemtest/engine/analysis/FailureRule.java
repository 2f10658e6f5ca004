package io.jenkins.plugins.systemtest.engine.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of the failure analysis: a name, what it is for, a pattern and an example of the text it matches.
 *
 * @param name        a short stable name, recorded with the failure group
 * @param kind        what the rule is for
 * @param follows     for {@link Kind#FOLLOW_ON} rules, which earlier failure is the root; {@link Follows#NEAREST}
 *                    for the others
 * @param pattern     what it looks for
 * @param description what it matches, for a person; for follow-on rules the reason given for a cascade
 * @param example     a failure text it matches, as a tool reports it; a test checks the rule matches it
 */
public record FailureRule(String name, Kind kind, Follows follows, Pattern pattern, String description,
        String example) {

    /** What a rule is for. */
    public enum Kind {
        /** The environment failed the test; searched in every error statement, the deepest cause first. */
        INFRASTRUCTURE(FailureCategory.INFRASTRUCTURE),
        /**
         * A trap: a database, cache or server was reached and answered with an error, so the product is to blame
         * even though the text sounds like infrastructure. Searched like {@link #INFRASTRUCTURE}.
         */
        PRODUCT(FailureCategory.ERROR),
        /** An assertion that did not hold; searched in the head only. */
        ASSERTION(FailureCategory.ASSERTION),
        /** An error no other rule explains; searched in the head only. */
        FALLBACK(FailureCategory.ERROR),
        /** A failure caused by state an earlier failure in the same suite left behind; searched in the head. */
        FOLLOW_ON(FailureCategory.ERROR);

        private final FailureCategory category;

        Kind(FailureCategory category) {
            this.category = category;
        }

        /** The category a failure this kind of rule decides gets. */
        public FailureCategory category() {
            return category;
        }
    }

    /** Which earlier failure a follow-on failure follows from, when it does not cite one. */
    public enum Follows {
        /** The nearest earlier failure of the same suite. */
        NEAREST,
        /** The nearest earlier database failure of the same suite: a transaction left aborted or rolled back. */
        DATABASE,
        /**
         * The nearest earlier failure, but only when the null state is the test's own: a field of the test class
         * or module, the top frame in the test file (see {@link TopFrame}).
         */
        OWN_STATE
    }

    public FailureRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        follows = Objects.requireNonNullElse(follows, Follows.NEAREST);
        Objects.requireNonNull(pattern, "pattern");
        description = Objects.requireNonNullElse(description, "");
        example = Objects.requireNonNullElse(example, "");
    }

    /** The category a failure this rule decides gets. */
    public FailureCategory category() {
        return kind.category();
    }

    /** Whether the pattern occurs in the text. */
    public boolean matches(String text) {
        return !text.isEmpty() && pattern.matcher(text).find();
    }

    /** The text the pattern matched, if it occurs. */
    public Optional<String> find(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}

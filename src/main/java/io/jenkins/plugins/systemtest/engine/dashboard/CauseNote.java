package io.jenkins.plugins.systemtest.engine.dashboard;

import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;

import java.util.List;
import java.util.Objects;

/**
 * One cause of failure of a run, as the dashboard keeps it for the latest run of a tenant and suite: the normalised
 * signature that makes "the same failure" in other jobs recognisable, and a few of its tests.
 *
 * @param signature the normalised signature ({@link io.jenkins.plugins.systemtest.engine.analysis.FailureSignature})
 * @param category  the failure category's name
 * @param message   the message of the first failure, clipped
 * @param tests     how many tests failed this way
 * @param examples  up to {@link #EXAMPLES} of their ids
 */
public record CauseNote(String signature, String category, String message, int tests, List<String> examples) {

    /** How many test ids are kept per cause. */
    public static final int EXAMPLES = 3;
    /** How many causes are kept per run. */
    public static final int PER_RUN = 10;
    private static final int MAX_MESSAGE = 300;

    public CauseNote {
        Objects.requireNonNull(signature, "signature");
        category = Objects.requireNonNullElse(category, "");
        message = clip(Objects.requireNonNullElse(message, ""));
        examples = List.copyOf(Objects.requireNonNullElse(examples, List.<String>of()));
    }

    /** The note of a failure group of a run record. */
    public static CauseNote of(FailureGroup group) {
        List<String> tests = group.tests();
        return new CauseNote(group.signature(), group.category().name(), group.message(), tests.size(),
                tests.subList(0, Math.min(EXAMPLES, tests.size())));
    }

    /** The notes of a run's failure groups, the largest groups first, at most {@link #PER_RUN}. */
    public static List<CauseNote> of(List<FailureGroup> groups) {
        return groups.stream().map(CauseNote::of)
                .sorted((a, b) -> Integer.compare(b.tests(), a.tests()))
                .limit(PER_RUN).toList();
    }

    private static String clip(String s) {
        if (s.length() <= MAX_MESSAGE) {
            return s;
        }
        int end = MAX_MESSAGE - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }
}

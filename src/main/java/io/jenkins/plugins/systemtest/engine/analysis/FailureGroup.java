package io.jenkins.plugins.systemtest.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Failures of one cause: the same normalised signature, or for infrastructure failures the same rule and endpoint.
 *
 * @param signature the normalised signature of the first failure (type and message with numbers, ids, paths and
 *                  ports folded)
 * @param category  what the failures point to
 * @param rule      the name of the rule that classified the group (see {@link FailureRules}), or empty
 * @param type      the exception type of the first failure
 * @param message   the message of the first failure, as reported
 * @param tests     the ids of the tests in the group, in the order they ran, roots before followers
 * @param followers the ids of the tests in this group that are cascade followers (a subset of {@code tests})
 * @param evidence  why the rule decided, for a person ("matched `ECONNREFUSED 127.0.0.1:3000` in the failure
 *                  body"); empty in records written before it was kept
 */
public record FailureGroup(String signature, FailureCategory category, String rule, String type, String message,
        List<String> tests, List<String> followers, String evidence) {

    public FailureGroup {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(category, "category");
        rule = Objects.requireNonNullElse(rule, "");
        type = Objects.requireNonNullElse(type, "");
        message = Objects.requireNonNullElse(message, "");
        tests = List.copyOf(tests);
        followers = List.copyOf(followers);
        evidence = Objects.requireNonNullElse(evidence, "");
    }

    /** A group without evidence. */
    public FailureGroup(String signature, FailureCategory category, String rule, String type, String message,
            List<String> tests, List<String> followers) {
        this(signature, category, rule, type, message, tests, followers, "");
    }
}

package io.jenkins.plugins.systemtest.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Failures that follow from one root failure in the same suite.
 *
 * @param rootTest  the id of the first failing test
 * @param suite     the suite both ran in
 * @param followers the ids of the tests whose failures follow from it, in the order they ran
 * @param reason    why they are taken as followers, for a person ("PendingRollbackError after a failed flush")
 */
public record Cascade(String rootTest, String suite, List<String> followers, String reason) {

    public Cascade {
        Objects.requireNonNull(rootTest, "rootTest");
        suite = Objects.requireNonNullElse(suite, "");
        followers = List.copyOf(followers);
        reason = Objects.requireNonNullElse(reason, "");
    }
}

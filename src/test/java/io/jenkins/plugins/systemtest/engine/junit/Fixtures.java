package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture files under src/test/resources/junit, as real files, and small helpers to look into results. */
final class Fixtures {

    private Fixtures() {
    }

    /** The folder holding the fixtures (target/test-classes/junit). */
    static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("/junit").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestCaseResult test(ParsedResults results, String name) {
        return results.tests().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test named '" + name + "' in " + results.tests()));
    }
}

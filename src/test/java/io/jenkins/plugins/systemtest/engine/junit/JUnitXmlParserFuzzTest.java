package io.jenkins.plugins.systemtest.engine.junit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the JUnit XML parser: whatever the bytes, {@code parse} returns results (problems included) and never
 * throws, overflows its stack or runs out of memory. Without {@code JAZZER_FUZZ} only the seeds in
 * {@code JUnitXmlParserFuzzTestInputs/} run; see docs/security.md for a fuzzing run.
 */
class JUnitXmlParserFuzzTest {

    private final JUnitXmlParser parser = new JUnitXmlParser();

    @FuzzTest(maxDuration = "2m")
    void shouldReturnResultsForAnyBytes(byte[] data) {
        ParsedResults results = parser.parse(new ByteArrayInputStream(data), "fuzz/TEST-fuzz.xml");

        assertThat(results).isNotNull();
        for (ParseProblem p : results.problems()) {
            assertThat(p.file()).isEqualTo("fuzz/TEST-fuzz.xml");
            assertThat(p.message()).isNotBlank();
        }
    }
}

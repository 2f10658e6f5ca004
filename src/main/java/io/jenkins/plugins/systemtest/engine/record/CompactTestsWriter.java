package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import java.io.IOException;
import java.util.List;

/**
 * Writes a list of tests as record schema 2 keeps them: one object per test holding only what it has to say.
 * <ul>
 *   <li>{@code name}, {@code outcome} and {@code durationMillis} always;</li>
 *   <li>{@code suite}, {@code className} and {@code file} only when they differ from the previous test's in the
 *       list (the first test's are compared with empty), as the tests of one class follow each other;</li>
 *   <li>{@code failureType}, {@code failureMessage}, {@code failureDetail}, {@code stdout}, {@code stderr} only when
 *       not empty, {@code attempts} only when not 1.</li>
 * </ul>
 * So a passing test is its name, outcome and time; {@link CompactTestsReader} restores the rest.
 */
final class CompactTestsWriter extends StdSerializer<List<TestCaseResult>> {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    CompactTestsWriter() {
        super((Class<List<TestCaseResult>>) (Class) List.class);
    }

    @Override
    public void serialize(List<TestCaseResult> tests, JsonGenerator g, SerializerProvider provider)
            throws IOException {
        g.writeStartArray(tests, tests.size());
        String suite = "";
        String className = "";
        String file = "";
        for (TestCaseResult t : tests) {
            g.writeStartObject();
            if (!t.suite().equals(suite)) {
                suite = t.suite();
                g.writeStringField(CompactTestsReader.SUITE, suite);
            }
            if (!t.className().equals(className)) {
                className = t.className();
                g.writeStringField(CompactTestsReader.CLASS_NAME, className);
            }
            g.writeStringField(CompactTestsReader.NAME, t.name());
            g.writeStringField(CompactTestsReader.OUTCOME, t.outcome().name());
            g.writeNumberField(CompactTestsReader.DURATION, t.durationMillis());
            optional(g, CompactTestsReader.FAILURE_TYPE, t.failureType());
            optional(g, CompactTestsReader.FAILURE_MESSAGE, t.failureMessage());
            optional(g, CompactTestsReader.FAILURE_DETAIL, t.failureDetail());
            optional(g, CompactTestsReader.STDOUT, t.stdout());
            optional(g, CompactTestsReader.STDERR, t.stderr());
            if (t.attempts() != 1) {
                g.writeNumberField(CompactTestsReader.ATTEMPTS, t.attempts());
            }
            if (!t.file().equals(file)) {
                file = t.file();
                g.writeStringField(CompactTestsReader.FILE, file);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }
}

package io.jenkins.plugins.systemtest.engine.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a list of tests in either record schema: the full objects of schema 1 (every field written, empty or not)
 * and the compact ones of schema 2 ({@link CompactTestsWriter}). A field that is absent takes its default: the
 * previous test's {@code suite}, {@code className} and {@code file}; empty texts, 0 ms, 1 attempt. Unknown fields
 * are passed over (a newer writer); a field of the wrong type, an unknown outcome or a missing one is an error
 * with its location.
 */
final class CompactTestsReader extends StdDeserializer<List<TestCaseResult>> {

    private static final long serialVersionUID = 1L;

    static final String SUITE = "suite";
    static final String CLASS_NAME = "className";
    static final String NAME = "name";
    static final String OUTCOME = "outcome";
    static final String DURATION = "durationMillis";
    static final String FAILURE_TYPE = "failureType";
    static final String FAILURE_MESSAGE = "failureMessage";
    static final String FAILURE_DETAIL = "failureDetail";
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";
    static final String ATTEMPTS = "attempts";
    static final String FILE = "file";

    CompactTestsReader() {
        super(List.class);
    }

    @Override
    public List<TestCaseResult> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            return ctxt.reportInputMismatch(this, "tests: expected an array, found %s", p.currentToken());
        }
        List<TestCaseResult> tests = new ArrayList<>();
        String suite = "";
        String className = "";
        String file = "";
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(this, "tests: expected an object per test, found %s", token);
            }
            Fields f = new Fields(suite, className, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                f.read(field, p, ctxt, this);
            }
            if (f.outcome == null) {
                return ctxt.reportInputMismatch(this, "tests: a test without an outcome");
            }
            TestCaseResult t = new TestCaseResult(f.suite, f.className, f.name, f.outcome, f.duration, f.failureType,
                    f.failureMessage, f.failureDetail, f.stdout, f.stderr, f.attempts, f.file);
            suite = t.suite();
            className = t.className();
            file = t.file();
            tests.add(t);
        }
        return Collections.unmodifiableList(tests);
    }

    @Override
    public List<TestCaseResult> getNullValue(DeserializationContext ctxt) {
        return List.of();
    }

    /** The fields of one test as they are read, starting from the defaults. */
    private static final class Fields {
        String suite;
        String className;
        String name = "";
        TestOutcome outcome;
        long duration;
        String failureType = "";
        String failureMessage = "";
        String failureDetail = "";
        String stdout = "";
        String stderr = "";
        int attempts = 1;
        String file;

        Fields(String suite, String className, String file) {
            this.suite = suite;
            this.className = className;
            this.file = file;
        }

        void read(String field, JsonParser p, DeserializationContext ctxt, CompactTestsReader reader)
                throws IOException {
            switch (field) {
                case SUITE -> suite = text(p, ctxt, reader, field);
                case CLASS_NAME -> className = text(p, ctxt, reader, field);
                case NAME -> name = text(p, ctxt, reader, field);
                case OUTCOME -> outcome = outcome(p, ctxt, reader);
                case DURATION -> duration = number(p, ctxt, reader, field);
                case FAILURE_TYPE -> failureType = text(p, ctxt, reader, field);
                case FAILURE_MESSAGE -> failureMessage = text(p, ctxt, reader, field);
                case FAILURE_DETAIL -> failureDetail = text(p, ctxt, reader, field);
                case STDOUT -> stdout = text(p, ctxt, reader, field);
                case STDERR -> stderr = text(p, ctxt, reader, field);
                case ATTEMPTS -> attempts = (int) Math.min(Integer.MAX_VALUE, number(p, ctxt, reader, field));
                case FILE -> file = text(p, ctxt, reader, field);
                default -> p.skipChildren();
            }
        }

        private static String text(JsonParser p, DeserializationContext ctxt, CompactTestsReader reader,
                String field) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            if (t == JsonToken.VALUE_NULL) {
                return "";
            }
            return ctxt.reportInputMismatch(reader, "tests: '%s' must be text, found %s", field, t);
        }

        private static long number(JsonParser p, DeserializationContext ctxt, CompactTestsReader reader,
                String field) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return p.getLongValue();
            }
            if (t == JsonToken.VALUE_NULL) {
                return 0;
            }
            return ctxt.reportInputMismatch(reader, "tests: '%s' must be a whole number, found %s", field, t);
        }

        private static TestOutcome outcome(JsonParser p, DeserializationContext ctxt, CompactTestsReader reader)
                throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String v = p.getText();
                for (TestOutcome o : TestOutcome.values()) {
                    if (o.name().equals(v)) {
                        return o;
                    }
                }
                return ctxt.reportInputMismatch(reader, "tests: unknown outcome '%s'", v);
            }
            return ctxt.reportInputMismatch(reader, "tests: 'outcome' must be text, found %s", p.currentToken());
        }
    }
}

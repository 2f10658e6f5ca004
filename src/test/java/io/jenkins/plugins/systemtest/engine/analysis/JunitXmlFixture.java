package io.jenkins.plugins.systemtest.engine.analysis;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the JUnit XML fixtures of these tests (Surefire, pytest, jest-junit, PHPUnit) into test cases, just enough
 * for the analysis: suite, class, name, outcome, failure type, message and body. Not the product's parser.
 */
final class JunitXmlFixture {

    private JunitXmlFixture() {
    }

    /** The test cases of a fixture under src/test/resources/analysis: one file, or every XML file of a folder. */
    static List<TestCaseResult> load(String name) {
        Path path = resource(name);
        if (!Files.isDirectory(path)) {
            return read(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<TestCaseResult> all = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(p -> all.addAll(read(p)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        URL url = JunitXmlFixture.class.getResource("/analysis/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture analysis/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TestCaseResult> read(Path file) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<TestCaseResult> tests = new ArrayList<>();
        Deque<String> suites = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            Case current = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "testsuite" -> suites.push(attr(r, "name"));
                        case "testcase" -> current = new Case(suites.isEmpty() ? "" : suites.peek(),
                                attr(r, "classname"), attr(r, "name"), attr(r, "time"));
                        case "failure", "error" -> current.fail(r.getLocalName(), attr(r, "type"),
                                attr(r, "message"), r.getElementText());
                        case "flakyFailure", "flakyError" -> current.flakyAttempts++;
                        case "skipped" -> current.skipped = true;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("testsuite".equals(r.getLocalName())) {
                        suites.pop();
                    } else if ("testcase".equals(r.getLocalName())) {
                        tests.add(current.toResult(file.getFileName().toString()));
                        current = null;
                    }
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return tests;
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** One test case while it is read. */
    private static final class Case {
        final String suite;
        final String className;
        final String name;
        final long millis;
        TestOutcome outcome = TestOutcome.PASSED;
        String type = "";
        String message = "";
        String detail = "";
        int flakyAttempts;
        boolean skipped;

        Case(String suite, String className, String name, String time) {
            this.suite = suite;
            this.className = className;
            this.name = name;
            this.millis = time.isEmpty() ? 0 : Math.round(Double.parseDouble(time) * 1000);
        }

        void fail(String element, String failureType, String failureMessage, String body) {
            outcome = "error".equals(element) ? TestOutcome.ERROR : TestOutcome.FAILED;
            type = failureType;
            message = failureMessage;
            detail = body;
        }

        TestCaseResult toResult(String file) {
            TestOutcome o = outcome;
            if (o == TestOutcome.PASSED && flakyAttempts > 0) {
                o = TestOutcome.FLAKY;
            } else if (o == TestOutcome.PASSED && skipped) {
                o = TestOutcome.SKIPPED;
            }
            return new TestCaseResult(suite, className, name, o, millis, type, message, detail, "", "",
                    1 + flakyAttempts, file);
        }
    }
}

package io.jenkins.plugins.systemtest.engine.demo;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A very small test runner for the demo suite: runs each test once more when it fails (as Surefire's
 * {@code rerunFailingTestsCount=1} does) and writes the results in Surefire's XML format, flaky reruns included.
 */
final class MiniRunner {

    /** A test body. */
    interface Body {
        void run() throws Exception;
    }

    /** One attempt's failure, or null when it passed. */
    record Attempt(Throwable failure, long millis) {
    }

    /** A test's attempts. */
    record Case(String name, List<Attempt> attempts, String skipped) {
    }

    private final String suiteName;
    private final String className;
    private final List<Case> cases = new ArrayList<>();

    MiniRunner(String suiteName, String className) {
        this.suiteName = suiteName;
        this.className = className;
    }

    String className() {
        return className;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    void test(String name, Body body) {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            Throwable failure = null;
            try {
                body.run();
            } catch (Exception | AssertionError e) {
                failure = e;
            }
            attempts.add(new Attempt(failure, (System.nanoTime() - t0) / 1_000_000));
            System.out.println((failure == null ? "  PASS " : "  FAIL ") + className + "." + name
                    + (failure == null ? "" : ": " + failure));
            if (failure == null) {
                break;
            }
        }
        cases.add(new Case(name, attempts, null));
    }

    void skip(String name, String reason) {
        System.out.println("  SKIP " + className + "." + name + ": " + reason);
        cases.add(new Case(name, List.of(), reason));
    }

    int problems() {
        return (int) cases.stream().filter(c -> !c.attempts().isEmpty()
                && c.attempts().get(c.attempts().size() - 1).failure() != null).count();
    }

    List<Case> cases() {
        return cases;
    }

    void writeSurefireXml(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", className);
            w.writeAttribute("tests", String.valueOf(cases.size()));
            w.writeAttribute("failures", String.valueOf(count(AssertionError.class, true)));
            w.writeAttribute("errors", String.valueOf(count(AssertionError.class, false)));
            w.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.skipped() != null).count()));
            w.writeAttribute("flakes", String.valueOf(cases.stream().filter(MiniRunner::flaky).count()));
            w.writeAttribute("time", seconds(cases.stream().flatMap(c -> c.attempts().stream())
                    .mapToLong(Attempt::millis).sum()));
            for (Case c : cases) {
                writeCase(w, c);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
    }

    private void writeCase(XMLStreamWriter w, Case c) throws XMLStreamException {
        w.writeStartElement("testcase");
        w.writeAttribute("name", c.name());
        w.writeAttribute("classname", className);
        w.writeAttribute("time", seconds(c.attempts().stream().mapToLong(Attempt::millis).sum()));
        if (c.skipped() != null) {
            w.writeEmptyElement("skipped");
            w.writeAttribute("message", c.skipped());
        } else {
            Attempt last = c.attempts().get(c.attempts().size() - 1);
            boolean flaky = flaky(c);
            for (int i = 0; i < c.attempts().size(); i++) {
                Throwable f = c.attempts().get(i).failure();
                if (f == null) {
                    continue;
                }
                boolean assertion = f instanceof AssertionError;
                String element = flaky ? (assertion ? "flakyFailure" : "flakyError")
                        : i == 0 ? (assertion ? "failure" : "error") : (assertion ? "rerunFailure" : "rerunError");
                w.writeStartElement(element);
                w.writeAttribute("message", String.valueOf(f.getMessage()));
                w.writeAttribute("type", f.getClass().getName());
                if (flaky || i > 0) {
                    w.writeStartElement("stackTrace");
                    w.writeCharacters(stackTrace(f));
                    w.writeEndElement();
                } else {
                    w.writeCharacters(stackTrace(f));
                }
                w.writeEndElement();
            }
            if (last.failure() != null) {
                w.writeStartElement("system-out");
                w.writeCharacters("tenant=" + System.getenv("SYSTEM_TEST_TENANT") + " suite=" + suiteName + "\n");
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static boolean flaky(Case c) {
        return c.attempts().size() > 1 && c.attempts().get(c.attempts().size() - 1).failure() == null;
    }

    private long count(Class<?> type, boolean same) {
        return cases.stream().filter(c -> !c.attempts().isEmpty() && !flaky(c)).map(c -> c.attempts().get(0).failure())
                .filter(f -> f != null && type.isInstance(f) == same).count();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String stackTrace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s.toString();
    }
}

package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;

import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The state machine behind {@link JUnitXmlParser} for one document, fed the StAX events one by one. It never
 * recurses, keeps only the test case being read, the open suites and the tests read so far, and streams text
 * through one reused {@link TruncatingText} into {@link TextSlot}s. Elements it does not know are skipped with all
 * they contain.
 */
final class JUnitDocumentHandler {

    /** Deeper nesting than this is refused: real result files nest a handful of suites. */
    static final int MAX_DEPTH = 256;

    private final String file;
    private final OutputLimits limits;
    private final Deque<SuiteFrame> suites = new ArrayDeque<>();
    private final AttemptFolder folder = new AttemptFolder();

    private int depth;
    /** When above 0, the depth of an element being skipped with everything inside it. */
    private int skipDepth;
    private TestCaseBuilder testcase;
    private int testcaseDepth;
    /** The {@code file} attribute of the test case being read. */
    private String caseFile = "";
    /** When above 0, the depth of an open suite {@code <properties>} element. */
    private int propertiesDepth;
    /** When above 0, the depth of the open Surefire retry element. */
    private int retryDepth;
    /** The one buffer all text goes through while its element is read (see {@link TextSlot}). */
    private TruncatingText scratch;
    private TextSlot sinkSlot;
    private TruncatingText sink;
    private int sinkDepth;
    private boolean rootSeen;
    /** The class name of the previous test case: consecutive tests share one String instead of one each. */
    private String lastClassName = "";

    JUnitDocumentHandler(String file, OutputLimits limits) {
        this.file = file;
        this.limits = limits;
        this.scratch = new TruncatingText(limits);
    }

    boolean rootSeen() {
        return rootSeen;
    }

    void start(XMLStreamReader r) throws RefusedInputException {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new RefusedInputException("elements are nested more than " + MAX_DEPTH
                    + " levels deep; this is not a JUnit result file");
        }
        if (skipDepth > 0) {
            return;
        }
        String n = r.getLocalName();
        if (depth == 1) {
            root(r, n);
        } else if (retryDepth > 0) {
            if (depth == retryDepth + 1 && n.equals("stackTrace")) {
                sinkDepth = depth;
            } else {
                skipDepth = depth;
            }
        } else if (sink != null) {
            // An element inside text (xi:include in system-out, markup in a failure): not ours to read.
            skipDepth = depth;
        } else if (testcase != null) {
            insideTestCase(r, n);
        } else if (propertiesDepth > 0) {
            if (depth == propertiesDepth + 1 && n.equals("property")) {
                folder.suiteProperty(attr(r, "name"));
            }
            skipDepth = depth;
        } else if (n.equals("testsuite")) {
            suites.push(new SuiteFrame(suites.peek(), attr(r, "name"), attr(r, "hostname"), depth, true));
        } else if (n.equals("testcase")) {
            startTestCase(r);
        } else if ((n.equals("error") || n.equals("failure")) && suites.peek().testsuite) {
            suiteProblem(r, n.equals("error"));
        } else if (n.equals("properties")) {
            propertiesDepth = depth;
        } else if (n.equals("system-out")) {
            openSink(suites.peek().out());
        } else if (n.equals("system-err")) {
            openSink(suites.peek().err());
        } else {
            skipDepth = depth;
        }
    }

    private void root(XMLStreamReader r, String n) throws RefusedInputException {
        if (!n.equals("testsuites") && !n.equals("testsuite")) {
            throw new RefusedInputException("the root element is <" + Printable.of(n)
                    + ">, not <testsuites> or <testsuite>: not a JUnit XML result file");
        }
        rootSeen = true;
        String name = attr(r, "name");
        folder.rootName(name);
        suites.push(new SuiteFrame(null, name, attr(r, "hostname"), depth, n.equals("testsuite")));
    }

    /**
     * Reads the test case's attributes in one pass by index (a lookup by name scans them all each time); where a name
     * occurs twice (in two namespaces) the first counts, as a lookup by name would give.
     */
    private void startTestCase(XMLStreamReader r) {
        String classname = null;
        String klass = null;
        String name = null;
        String time = null;
        String caseFileAttr = null;
        boolean assertions = false;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            switch (r.getAttributeLocalName(i)) {
                case "classname" -> classname = classname == null ? r.getAttributeValue(i) : classname;
                case "class" -> klass = klass == null ? r.getAttributeValue(i) : klass;
                case "name" -> name = name == null ? r.getAttributeValue(i) : name;
                case "time" -> time = time == null ? r.getAttributeValue(i) : time;
                case "file" -> caseFileAttr = caseFileAttr == null ? r.getAttributeValue(i) : caseFileAttr;
                case "assertions" -> assertions = true;
                default -> {
                    // Not ours to read.
                }
            }
        }
        String className = classname == null || classname.isEmpty() ? (klass == null ? "" : klass) : classname;
        if (className.equals(lastClassName)) {
            className = lastClassName;
        } else {
            lastClassName = className;
        }
        SuiteFrame suite = suites.peek();
        testcase = new TestCaseBuilder(limits, suite.name, className, name == null ? "" : name,
                JUnitTime.millis(time), file);
        testcaseDepth = depth;
        caseFile = caseFileAttr == null ? "" : caseFileAttr;
        if (assertions) {
            folder.perCaseAssertions();
        }
    }

    /**
     * An {@code <error>} or {@code <failure>} directly in a {@code <testsuite>}: Ant's JUnit task writes one, with no
     * test case, when the test class could not be loaded or initialised. Read as Jenkins does: one test named
     * {@value AttemptFolder#INIT} in a class named after the suite, which ends when the element does.
     */
    private void suiteProblem(XMLStreamReader r, boolean error) {
        SuiteFrame suite = suites.peek();
        testcase = new TestCaseBuilder(limits, suite.name, suite.name, AttemptFolder.INIT, 0, file);
        testcaseDepth = depth;
        caseFile = "";
        openSink(testcase.problem(error, attr(r, "type"), attr(r, "message")));
    }

    private void insideTestCase(XMLStreamReader r, String n) {
        switch (n) {
            case "failure" -> openSink(testcase.problem(false, attr(r, "type"), attr(r, "message")));
            case "error" -> openSink(testcase.problem(true, attr(r, "type"), attr(r, "message")));
            case "skipped" -> openSink(testcase.skipped(attr(r, "type"), attr(r, "message")));
            case "system-out" -> openSink(testcase.stdout());
            case "system-err" -> openSink(testcase.stderr());
            case "flakyFailure", "flakyError", "rerunFailure", "rerunError" -> {
                openSink(testcase.startRetry(n.startsWith("flaky"), n.endsWith("Error"), attr(r, "type"),
                        attr(r, "message")));
                retryDepth = depth;
            }
            default -> skipDepth = depth;
        }
    }

    private void openSink(TextSlot slot) {
        sinkSlot = slot;
        sink = slot.open(scratch);
        sinkDepth = depth;
    }

    private void closeSink() {
        if (sinkSlot.close(sink)) {
            scratch = new TruncatingText(limits);
        }
        sinkSlot = null;
        sink = null;
    }

    void end() {
        if (skipDepth > 0) {
            if (depth == skipDepth) {
                skipDepth = 0;
            }
        } else if (retryDepth > 0) {
            if (depth == retryDepth) {
                closeSink();
                testcase.endRetry();
                retryDepth = 0;
            } else {
                sinkDepth = retryDepth;
            }
        } else if (sink != null) {
            closeSink();
            if (testcase != null && depth == testcaseDepth) {
                endTestCase();
            }
        } else if (testcase != null) {
            endTestCase();
        } else if (depth == propertiesDepth) {
            propertiesDepth = 0;
        } else if (!suites.isEmpty() && suites.peek().depth == depth) {
            suites.pop().drainInto(folder);
        }
        depth--;
    }

    private void endTestCase() {
        suites.peek().add(testcase.build(), caseFile);
        testcase = null;
    }

    void text(char[] chars, int start, int length) {
        if (sink != null && skipDepth == 0 && depth == sinkDepth) {
            sink.append(chars, start, length);
        }
    }

    /**
     * The test cases read completely so far, retries folded. After an error this is what the file held up to it:
     * the test case being read when it happened is left out.
     */
    List<TestCaseResult> results() {
        if (sink != null) {
            closeSink();
        }
        Iterator<SuiteFrame> outermostFirst = suites.descendingIterator();
        while (outermostFirst.hasNext()) {
            outermostFirst.next().drainInto(folder);
        }
        suites.clear();
        return folder.results();
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }
}

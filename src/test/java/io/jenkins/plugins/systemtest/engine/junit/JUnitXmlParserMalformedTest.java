package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParseProblem;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.jenkins.plugins.systemtest.engine.junit.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

/** Broken, odd and hostile-by-accident input: a problem naming the place, and nothing else lost. */
class JUnitXmlParserMalformedTest {

    @TempDir
    Path dir;

    private final JUnitXmlParser parser = new JUnitXmlParser();

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }

    @Test
    void shouldKeepTheTestsReadBeforeAFileBreaksOff() throws IOException {
        write("TEST-cut.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.acme.CutTest" tests="4">
                  <testcase name="a" classname="com.acme.CutTest" time="0.1"/>
                  <testcase name="b" classname="com.acme.CutTest" time="0.2">
                    <failure message="boom" type="java.lang.AssertionError">java.lang.AssertionError: boom</failure>
                  </testcase>
                  <testcase name="c" classname="com.acme.CutTest" time="0.3">
                    <system-out>half a li""");

        ParsedResults r = parser.parse(dir, "*.xml");

        assertThat(r.files()).containsExactly("TEST-cut.xml");
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("a", "b");
        assertThat(test(r, "b").outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("TEST-cut.xml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("is not well-formed XML: ");
        });
    }

    @Test
    void shouldReportTheLineAndColumnOfAMismatchedTag() throws IOException {
        write("bad.xml", "<testsuites>\n<testsuite name=\"s\">\n<testcase name=\"a\"></testsuite>\n</testsuites>\n");

        ParsedResults r = parser.parse(dir, "bad.xml");

        assertThat(r.tests()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).as("inside the wrong end tag").isBetween(20, 32);
            assertThat(p.message()).contains("testcase").doesNotContain("ParseError at");
        });
    }

    /** Characters XML cannot carry, written raw or as a reference, in texts the reader decodes only when asked. */
    @ParameterizedTest
    @ValueSource(strings = {"x \u0001 y", "x &#1; y", "<![CDATA[x \u0002 y]]>"})
    void shouldReportACharacterXmlCannotCarryInAFailureAsNotWellFormedWithItsPlace(String body) throws IOException {
        write("ctrl.xml", "<testsuite name=\"s\">\n<testcase name=\"a\" classname=\"C\"/>\n"
                + "<testcase name=\"b\" classname=\"C\"><failure>" + body + "</failure></testcase>\n</testsuite>\n");

        ParsedResults r = parser.parse(dir, "ctrl.xml");

        assertThat(r.tests()).extracting(TestCaseResult::id).containsExactly("C.a");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("is not well-formed XML: ").containsIgnoringCase("character")
                    .doesNotContain("Exception").doesNotContain("[row,col");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isPositive();
        });
    }

    /**
     * A byte that is not UTF-8 in a file that says it is: every test case before it is kept and the problem names its
     * line and column (Woodstox would stop a block earlier, without a place; the file is read again with the JDK's
     * reader), and the next file is read as usual.
     */
    @Test
    void shouldKeepEveryTestBeforeABadUtf8ByteAndSayWhereItIs() throws IOException {
        StringBuilder before = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"s\">\n");
        for (int i = 0; i < 40; i++) {
            before.append("<testcase name=\"t").append(i).append("\" classname=\"C\"/>\n");
        }
        before.append("<testcase name=\"broken\" classname=\"C\"><failure>caf");
        byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</failure></testcase>\n</testsuite>\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9;
        all[head.length + 1] = ' ';
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        Files.write(dir.resolve("a-latin1.xml"), all);
        write("b-good.xml", "<testsuite name=\"ok\"><testcase name=\"fine\" classname=\"Ok\"/></testsuite>");

        ParsedResults r = parser.parse(dir, "*.xml");

        assertThat(r.tests()).hasSize(41);
        assertThat(r.tests().get(39).id()).isEqualTo("C.t39");
        assertThat(r.tests().get(40).id()).isEqualTo("Ok.fine");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("a-latin1.xml");
            assertThat(p.message()).startsWith("holds bytes that are not valid in its encoding: ").contains("UTF-8")
                    .doesNotContain("Exception").doesNotContain("ParseError");
            assertThat(p.line()).isEqualTo(43);
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void shouldLeaveOutAnEntityThatIsNotDeclaredAndReadTheRest() throws IOException {
        write("nbsp.xml", "<testsuite name=\"s\"><testcase name=\"a&nbsp;b\" classname=\"C\">"
                + "<failure message=\"m\">left&nbsp;right &amp; &#233;</failure></testcase>"
                + "<testcase name=\"c\" classname=\"C\"/></testsuite>");

        ParsedResults r = parser.parse(dir, "nbsp.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::id).containsExactly("C.ab", "C.c");
        assertThat(r.tests().get(0).failureDetail()).isEqualTo("leftright & \u00e9");
    }

    @Test
    void shouldReportEmptyNonXmlAndForeignFilesByNameAndReadTheOthers() throws IOException {
        write("a-empty.xml", "");
        write("b-text.xml", "Tests run: 3, Failures: 0\n");
        write("c-html.xml", "<!-- report --><html><body><testsuite name=\"x\"><testcase name=\"t\"/></testsuite></body></html>");
        write("d-only-prolog.xml", "<?xml version=\"1.0\"?>\n<!-- nothing -->\n");
        write("e-good.xml", "<testsuite name=\"ok\"><testcase name=\"fine\" classname=\"Ok\"/></testsuite>");

        ParsedResults r = parser.parse(dir, "*.xml");

        assertThat(r.tests()).extracting(TestCaseResult::id).containsExactly("Ok.fine");
        assertThat(r.files()).containsExactly("a-empty.xml", "b-text.xml", "c-html.xml", "d-only-prolog.xml",
                "e-good.xml");
        assertThat(r.problems()).extracting(ParseProblem::file)
                .containsExactly("a-empty.xml", "b-text.xml", "c-html.xml", "d-only-prolog.xml");
        assertThat(r.problems().get(0).message()).isEqualTo("is empty: not a JUnit XML result file");
        assertThat(r.problems().get(1).message()).startsWith("is not a JUnit XML result file: Unexpected character "
                + "'T' (code 84) in prolog");
        assertThat(r.problems().get(2).message()).contains("<html>").contains("not a JUnit XML result file");
        assertThat(r.problems().get(2).line()).isEqualTo(1);
        assertThat(r.problems().get(3).message()).contains("not a JUnit XML result file");
    }

    @Test
    void shouldCountUnreadableTimesAsZero() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuites><testsuite name="times">
                  <testcase name="missing"/>
                  <testcase name="grouped" time="1,234.5"/>
                  <testcase name="empty" time=""/>
                  <testcase name="garbage" time="fast"/>
                  <testcase name="negative" time="-1"/>
                </testsuite></testsuites>"""), "times.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::durationMillis).containsExactly(0L, 1234500L, 0L, 0L, 0L);
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.file()).isEqualTo("times.xml"));
    }

    @Test
    void shouldReadTestCasesDirectlyUnderTestsuitesAndIgnoreUnknownElements() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuites name="runner">
                  <meta><testcase name="not-a-test"/></meta>
                  <testcase name="direct" classname="Root"><custom>x</custom><system-out>hi<b>ignored</b> there</system-out></testcase>
                </testsuites>"""), "odd.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).singleElement().satisfies(t -> {
            assertThat(t.suite()).isEqualTo("runner");
            assertThat(t.id()).isEqualTo("Root.direct");
            assertThat(t.stdout()).isEqualTo("hi there");
        });
    }

    @Test
    void shouldKeepTheTestsWhenGarbageFollowsTheRoot() {
        ParsedResults r = parser.parse(new StringReader("<testsuite><testcase name=\"a\"/></testsuite>\n<x/>"),
                "two-roots.xml");

        assertThat(r.tests()).hasSize(1);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    @Test
    void shouldHonourTheDeclaredEncodingOfAStream() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><testsuite><testcase name=\"Größe\"/></testsuite>"
                .getBytes(StandardCharsets.ISO_8859_1);

        ParsedResults r = parser.parse(new ByteArrayInputStream(latin1), "latin1.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("Größe");
    }

    @Test
    void shouldNotReadAFileOutsideTheBaseDirectory(@TempDir Path other) throws IOException {
        Path outside = other.resolve("TEST-x.xml");
        Files.writeString(outside, "<testsuite><testcase name=\"leak\"/></testsuite>");
        Files.createSymbolicLink(dir.resolve("link.xml"), outside);

        ParsedResults direct = parser.parseFile(dir, outside);
        ParsedResults viaLink = parser.parseFile(dir, Path.of("link.xml"));
        ParsedResults climbing = parser.parseFile(dir, Path.of("../" + other.getFileName() + "/TEST-x.xml"));

        for (ParsedResults r : new ParsedResults[] {direct, viaLink, climbing}) {
            assertThat(r.tests()).isEmpty();
            assertThat(r.files()).isEmpty();
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("outside"));
        }
    }

    @Test
    void shouldTruncateLongOutputToTheConfiguredLimits() {
        String log = "line\n".repeat(10_000);
        JUnitXmlParser small = new JUnitXmlParser(new OutputLimits(10, 10));

        ParsedResults r = small.parse(new StringReader("<testsuite><testcase name=\"t\"><failure message=\""
                + "m".repeat(50) + "\">" + "trace\n".repeat(1000) + "</failure><system-out><![CDATA[" + log
                + "]]></system-out></testcase></testsuite>"), "long.xml");

        TestCaseResult t = r.tests().get(0);
        assertThat(t.stdout()).isEqualTo("line\nline\n" + OutputLimits.marker(50_000 - 20) + "line\nline");
        assertThat(t.failureDetail()).startsWith("trace\ntrac\n[... 5980 characters omitted ...]");
        assertThat(t.failureMessage()).isEqualTo("m".repeat(10) + OutputLimits.marker(30) + "m".repeat(10));
    }

    @Test
    void shouldKeepLessOutputOfPassedAndSkippedTestsThanOfFailingOnes() {
        String log = "0123456789".repeat(1000);
        String out = "<system-out>" + log + "</system-out><system-err>" + log + "</system-err>";

        ParsedResults r = parser.parse(new StringReader("<testsuite>"
                + "<testcase name=\"passed\">" + out + "</testcase>"
                + "<testcase name=\"skipped\"><skipped/>" + out + "</testcase>"
                + "<testcase name=\"failed\"><failure>x</failure>" + out + "</testcase>"
                + "<testcase name=\"flaky\"><flakyFailure><stackTrace>x</stackTrace></flakyFailure>" + out
                + "</testcase></testsuite>"), "out.xml");

        String shortened = log.substring(0, 512) + OutputLimits.marker(10_000 - 1024) + log.substring(10_000 - 512);
        assertThat(test(r, "passed").stdout()).isEqualTo(shortened);
        assertThat(test(r, "passed").stderr()).isEqualTo(shortened);
        assertThat(test(r, "skipped").stdout()).isEqualTo(shortened);
        assertThat(test(r, "failed").stdout()).as("10,000 characters fit in 8 KiB + 8 KiB").isEqualTo(log);
        assertThat(test(r, "flaky").stderr()).isEqualTo(log);
    }

    @Test
    void shouldCutLongPassedOutputFromTheFullHeadAndTail() {
        String log = "a".repeat(20_000) + "b".repeat(20_000);

        ParsedResults r = parser.parse(new StringReader("<testsuite><testcase name=\"passed\"><system-out>" + log
                + "</system-out></testcase></testsuite>"), "long-pass.xml");

        assertThat(test(r, "passed").stdout()).isEqualTo("a".repeat(512) + OutputLimits.marker(40_000 - 1024)
                + "b".repeat(512));
    }
}

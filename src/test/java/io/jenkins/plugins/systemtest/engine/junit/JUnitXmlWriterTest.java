package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlWriterTest {

    private final JUnitXmlParser parser = new JUnitXmlParser();
    /** Reads texts back whole: what the first parse cut stays as it was cut. */
    private final JUnitXmlParser reader = new JUnitXmlParser(new OutputLimits(1 << 20, 1 << 20));

    @ParameterizedTest
    @ValueSource(strings = {"surefire/TEST-com.acme.billing.InvoiceServiceIT.xml", "pytest/junit.xml",
            "jest/junit.xml", "playwright/results-include-retries.xml", "playwright/results-repeated-attempts.xml",
            "phpunit/junit.xml", "pest/junit.xml", "gradle/TEST-com.acme.orders.OrderServiceTest.xml"})
    void shouldReadBackTheSameTestsOutcomesTextsAndAttemptsFromRealToolOutput(String fixture, @TempDir Path dir)
            throws IOException {
        List<TestCaseResult> original = parser.parseFile(Fixtures.dir(), Path.of(fixture)).tests();
        assertThat(original).isNotEmpty();

        Path written = dir.resolve("TEST-staged.xml");
        new JUnitXmlWriter().write(original, "acme/e2e", written);
        ParsedResults back = reader.parseFile(dir, written.getFileName());

        assertThat(back.problems()).isEmpty();
        assertThat(back.tests()).map(JUnitXmlWriterTest::withoutFile)
                .containsExactlyElementsOf(original.stream().map(JUnitXmlWriterTest::withoutFile).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ant/TEST-com.acme.legacy.ReportExportIT.xml", "ant-nested/results.xml",
            "phpunit-selenium/junit.xml", "jest-each/junit.xml", "unnamed/results.xml", "go-rerun/junit.xml",
            "testng-retry/TEST-TestSuite.xml", "pytest-rerun/junit.xml", "repeats/results.xml"})
    void shouldReadBackInitTestsNumberedRepeatsAndTestsOfOtherSuitePathsAsTheyWere(String fixture,
            @TempDir Path dir) throws IOException, java.net.URISyntaxException {
        Path fixtures = Path.of(JUnitXmlWriterTest.class.getResource("/junit-identity").toURI());
        List<TestCaseResult> original = parser.parseFile(fixtures, Path.of(fixture)).tests();
        assertThat(original).isNotEmpty();

        Path written = dir.resolve("TEST-staged.xml");
        new JUnitXmlWriter().write(original, "acme/e2e", written);
        ParsedResults back = reader.parseFile(dir, written.getFileName());

        assertThat(back.problems()).isEmpty();
        assertThat(back.tests()).map(JUnitXmlWriterTest::withoutFile)
                .containsExactlyElementsOf(original.stream().map(JUnitXmlWriterTest::withoutFile).toList());
    }

    @Test
    void shouldKeepFlakySkippedErrorAndRerunsApart(@TempDir Path dir) throws IOException {
        List<TestCaseResult> tests = List.of(
                test("FLAKY", TestOutcome.FLAKY, 3, "java.net.SocketException", "Connection reset",
                        "java.net.SocketException: Connection reset\n\tat Client.fetch(Client.java:57)"),
                test("SKIPPED", TestOutcome.SKIPPED, 1, "pytest.skip", "needs a GPU", ""),
                test("ERROR", TestOutcome.ERROR, 2, "java.lang.IllegalStateException", "boom",
                        "java.lang.IllegalStateException: boom"),
                test("FAILED", TestOutcome.FAILED, 1, "AssertionError", "expected: <400> but was: <200>",
                        "AssertionError: expected: <400> but was: <200>"),
                test("PASSED", TestOutcome.PASSED, 1, "", "", ""));

        List<TestCaseResult> back = writeAndRead(new JUnitXmlWriter(), tests, dir);

        assertThat(back).map(JUnitXmlWriterTest::withoutFile)
                .containsExactlyElementsOf(tests.stream().map(JUnitXmlWriterTest::withoutFile).toList());
        assertThat(back).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.FLAKY, TestOutcome.SKIPPED,
                TestOutcome.ERROR, TestOutcome.FAILED, TestOutcome.PASSED);
    }

    @Test
    void shouldWriteFlakyTestsAsSurefireFlakyFailures() throws IOException {
        String xml = write(new JUnitXmlWriter(), List.of(test("retried", TestOutcome.FLAKY, 2, "T", "m", "trace")));

        assertThat(xml).contains("<flakyFailure message=\"m\" type=\"T\">")
                .contains("<stackTrace>trace</stackTrace>")
                .doesNotContain("<failure").doesNotContain("<error");
    }

    @Test
    void shouldWriteAPassedTestWithoutOutputAsOneEmptyElement(@TempDir Path dir) throws IOException {
        TestCaseResult quiet = test("quiet", TestOutcome.PASSED, 1, "", "", "");
        TestCaseResult talking = new TestCaseResult("com.acme.LoginIT", "com.acme.LoginIT", "talking",
                TestOutcome.PASSED, 5, "", "", "", "hello", "", 1, "TEST-com.acme.LoginIT.xml");

        String xml = write(new JUnitXmlWriter(), List.of(quiet, talking));

        assertThat(xml).contains("<testcase name=\"quiet\" classname=\"com.acme.LoginIT\" time=\"1.234\"/>")
                .contains("<system-out>hello</system-out>");
        assertThat(writeAndRead(new JUnitXmlWriter(), List.of(quiet, talking), dir))
                .extracting(TestCaseResult::stdout).containsExactly("", "hello");
    }

    @Test
    void shouldPrefixClassNamesWithTheTenantWhenAsked(@TempDir Path dir) throws IOException {
        TestCaseResult withClass = test("a", TestOutcome.PASSED, 1, "", "", "");
        TestCaseResult withoutClass = new TestCaseResult("suite", "", "b", TestOutcome.PASSED, 5, "", "", "", "", "",
                1, "");

        List<TestCaseResult> back = writeAndRead(new JUnitXmlWriter().withClassNamePrefix("acme"),
                List.of(withClass, withoutClass), dir);

        assertThat(back).extracting(TestCaseResult::className).containsExactly("acme.com.acme.LoginIT", "acme");
        assertThat(back).extracting(TestCaseResult::id).containsExactly("acme.com.acme.LoginIT.a", "acme.b");
    }

    @Test
    void shouldNotFoldTestsThatRepeatAClassAndNameInOneSuite(@TempDir Path dir) throws IOException {
        // Playwright runs one test per project; without the project the tests share suite, class and name.
        TestCaseResult chromium = test("login works", TestOutcome.PASSED, 1, "", "", "");
        TestCaseResult firefox = test("login works", TestOutcome.FAILED, 1, "Error", "timeout", "Error: timeout");

        List<TestCaseResult> back = writeAndRead(new JUnitXmlWriter(), List.of(chromium, firefox), dir);

        assertThat(back).extracting(TestCaseResult::outcome).containsExactly(TestOutcome.PASSED, TestOutcome.FAILED);
    }

    @Test
    void shouldKeepLineBreaksTabsAndMarkupInAttributesAndText(@TempDir Path dir) throws IOException {
        TestCaseResult t = new TestCaseResult("suite <a & b>", "com.acme.\"Quoted\"", "name\twith tab",
                TestOutcome.FAILED, 1, "T", "first line\nsecond line\r\nthird & <fourth>", "]]> <![CDATA[ x\r\ny",
                "out\r\nput", "err", 1, "");

        List<TestCaseResult> back = writeAndRead(new JUnitXmlWriter(), List.of(t), dir);

        assertThat(back).map(JUnitXmlWriterTest::withoutFile).containsExactly(withoutFile(t));
    }

    @Test
    void shouldReplaceCharactersXmlCannotCarryAndStayReadable(@TempDir Path dir) throws IOException {
        TestCaseResult t = new TestCaseResult("suite", "C", "colours", TestOutcome.FAILED, 1, "T",
                "\u001b[31mred\u001b[0m", "bell \u0007 and a lone surrogate \ud800 and an emoji \ud83d\ude00", "", "",
                1, "");

        List<TestCaseResult> back = writeAndRead(new JUnitXmlWriter(), List.of(t), dir);

        assertThat(back).singleElement().satisfies(r -> {
            assertThat(r.failureMessage()).isEqualTo("\ufffd[31mred\ufffd[0m");
            assertThat(r.failureDetail()).isEqualTo("bell \ufffd and a lone surrogate \ufffd and an emoji \ud83d\ude00");
        });
    }

    @Test
    void shouldWriteCountsThatMatchTheTests() throws IOException {
        String xml = write(new JUnitXmlWriter(), List.of(test("a", TestOutcome.FAILED, 1, "T", "m", "d"),
                test("b", TestOutcome.ERROR, 1, "T", "m", "d"), test("c", TestOutcome.SKIPPED, 1, "", "", ""),
                test("d", TestOutcome.FLAKY, 2, "T", "m", "d")));

        assertThat(xml).contains("<testsuites name=\"acme/e2e\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\""
                + " time=\"4.936\">");
    }

    @Test
    void shouldWriteAnEmptyDocumentThatParsesWithoutProblems(@TempDir Path dir) throws IOException {
        ParsedResults back = parse(write(new JUnitXmlWriter(), List.of()), dir);

        assertThat(back.tests()).isEmpty();
        assertThat(back.problems()).isEmpty();
    }

    @Test
    void shouldFormatMillisecondsAsSeconds() {
        assertThat(JUnitXmlWriter.seconds(0)).isEqualTo("0.000");
        assertThat(JUnitXmlWriter.seconds(1234)).isEqualTo("1.234");
        assertThat(JUnitXmlWriter.seconds(60_005)).isEqualTo("60.005");
        assertThat(JUnitXmlWriter.seconds(7)).isEqualTo("0.007");
        assertThat(JUnitXmlWriter.seconds(3_050)).isEqualTo("3.050");
    }

    private static TestCaseResult test(String name, TestOutcome outcome, int attempts, String type, String message,
            String detail) {
        return new TestCaseResult("com.acme.LoginIT", "com.acme.LoginIT", name, outcome, 1234, type, message, detail,
                outcome == TestOutcome.PASSED ? "" : "log of " + name, "", attempts, "TEST-com.acme.LoginIT.xml");
    }

    private static TestCaseResult withoutFile(TestCaseResult t) {
        return new TestCaseResult(t.suite(), t.className(), t.name(), t.outcome(), t.durationMillis(),
                t.failureType(), t.failureMessage(), t.failureDetail(), t.stdout(), t.stderr(), t.attempts(), "");
    }

    private List<TestCaseResult> writeAndRead(JUnitXmlWriter writer, List<TestCaseResult> tests, Path dir)
            throws IOException {
        ParsedResults back = parse(write(writer, tests), dir);
        assertThat(back.problems()).isEmpty();
        return back.tests();
    }

    private static String write(JUnitXmlWriter writer, List<TestCaseResult> tests) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(tests, "acme/e2e", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ParsedResults parse(String xml, Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("TEST-written.xml"), xml, StandardCharsets.UTF_8);
        return reader.parseFile(dir, file.getFileName());
    }
}

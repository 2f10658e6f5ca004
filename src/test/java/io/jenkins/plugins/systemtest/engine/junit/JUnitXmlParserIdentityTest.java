package io.jenkins.plugins.systemtest.engine.junit;

import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalysis;
import io.jenkins.plugins.systemtest.engine.analysis.FailureAnalyzer;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import io.jenkins.plugins.systemtest.engine.model.RunCounts;
import io.jenkins.plugins.systemtest.engine.model.TestCaseResult;
import io.jenkins.plugins.systemtest.engine.model.TestOutcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.jenkins.plugins.systemtest.engine.junit.Fixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is one test and what is one more attempt of it, on files in the shapes real tools write
 * (src/test/resources/junit-identity): suite-level errors, tests told apart by their whole suite path, and repeats
 * folded only where the file proves them retries.
 */
class JUnitXmlParserIdentityTest {

    private final JUnitXmlParser parser = new JUnitXmlParser();

    // 1. Suite-level errors

    @Test
    void shouldCountAnAntSuiteLevelErrorAsAnErroredInitTest() {
        ParsedResults r = parse("ant/*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(1, 0, 0, 1, 0, 0));
        TestCaseResult init = r.tests().get(0);
        assertThat(init.name()).isEqualTo("<init>");
        assertThat(init.className()).isEqualTo("com.acme.legacy.ReportExportIT");
        assertThat(init.suite()).isEqualTo("com.acme.legacy.ReportExportIT");
        assertThat(init.id()).isEqualTo("com.acme.legacy.ReportExportIT.<init>");
        assertThat(init.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(init.failureType()).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(init.failureMessage()).isEqualTo("com/acme/legacy/pdf/PdfRenderer");
        assertThat(init.failureDetail()).startsWith("java.lang.NoClassDefFoundError: com/acme/legacy/pdf/PdfRenderer")
                .contains("Caused by: java.lang.ClassNotFoundException");
        assertThat(init.stderr()).as("the suite's output goes to the failing test")
                .contains("log4j:WARN No appenders could be found");
        assertThat(init.file()).isEqualTo("ant/TEST-com.acme.legacy.ReportExportIT.xml");
    }

    @Test
    void shouldClassifyTheSuiteLevelErrorLikeAnyOtherError() {
        FailureAnalysis analysis = new FailureAnalyzer().analyze(parse("ant/*.xml").tests());

        assertThat(analysis.groups()).hasSize(1);
        FailureGroup group = analysis.groups().get(0);
        assertThat(group.category()).isEqualTo(FailureCategory.ERROR);
        assertThat(group.type()).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(group.tests()).containsExactly("com.acme.legacy.ReportExportIT.<init>");
    }

    @Test
    void shouldCountANestedSuiteHoldingOnlyAnErrorNextToPassingSuites() {
        ParsedResults r = parse("ant-nested/*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(6, 5, 0, 1, 0, 0));
        assertThat(r.tests()).extracting(TestCaseResult::id).containsExactly(
                "com.acme.orders.OrderRepositoryTest.savesAnOrder", "com.acme.orders.OrderRepositoryTest.findsByCustomer",
                "com.acme.orders.OrderRepositoryTest.deletesAnOrder", "com.acme.billing.TaxTableTest.<init>",
                "com.acme.stock.StockLevelTest.reservesStock", "com.acme.stock.StockLevelTest.releasesStock");
        TestCaseResult init = test(r, "<init>");
        assertThat(init.outcome()).isEqualTo(TestOutcome.ERROR);
        assertThat(init.failureType()).isEqualTo("java.lang.ExceptionInInitializerError");
        assertThat(init.failureMessage()).isEqualTo("null");
        assertThat(init.failureDetail()).contains("tax table /etc/acme/tax-2024.csv not found");
    }

    @Test
    void shouldReadASuiteLevelFailureAsAFailedInitTestBesideTheSuitesTests() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuite name="com.acme.SetupIT" tests="1">
                  <testcase classname="com.acme.SetupIT" name="runs" time="0.1"/>
                  <failure message="@AfterAll failed" type="org.opentest4j.AssertionFailedError">teardown</failure>
                  <error message="second problem"/>
                </testsuite>"""), "setup.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).extracting(TestCaseResult::name, TestCaseResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("runs", TestOutcome.PASSED),
                org.assertj.core.groups.Tuple.tuple("<init>", TestOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("<init> [2]", TestOutcome.ERROR));
        assertThat(test(r, "<init>").failureMessage()).isEqualTo("@AfterAll failed");
    }

    // 2. Identity: the whole suite path

    @Test
    void shouldKeepTheSameTestsUnderDifferentParentSuitesApart() {
        ParsedResults r = parse("phpunit-selenium/*.xml");

        assertThat(r.problems()).isEmpty();
        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(16, 15, 0, 1, 0, 0));
        assertThat(r.tests()).filteredOn(t -> t.name().equals("testAppliesFilterFromUrl"))
                .extracting(TestCaseResult::outcome, TestCaseResult::attempts)
                .as("the chrome error stays an error; internet explorer's pass is another test")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestOutcome.ERROR, 1),
                        org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1));
        assertThat(r.tests()).noneMatch(t -> t.name().endsWith("]"));
    }

    @Test
    void shouldKeepParentSuitesApartByPathAloneWhenNoAssertionsAreGiven() throws IOException {
        String xml = Files.readString(dir().resolve("phpunit-selenium/junit.xml"))
                .replaceAll(" assertions=\"\\d+\"", "");

        ParsedResults r = parser.parse(new StringReader(xml), "no-assertions.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(16, 15, 0, 1, 0, 0));
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.attempts()).isEqualTo(1));
    }

    @Test
    void shouldStillFoldARetryWithinTheSameSuitePathOnly() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuites>
                  <testsuite name="chrome"><testsuite name="Login">
                    <testcase classname="Login" name="signs in"><error message="timeout"/></testcase>
                    <testcase classname="Login" name="signs in"/>
                  </testsuite></testsuite>
                  <testsuite name="firefox"><testsuite name="Login">
                    <testcase classname="Login" name="signs in"/>
                  </testsuite></testsuite>
                </testsuites>"""), "browsers.xml");

        assertThat(r.tests()).extracting(TestCaseResult::outcome, TestCaseResult::attempts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestOutcome.FLAKY, 2),
                org.assertj.core.groups.Tuple.tuple(TestOutcome.PASSED, 1));
    }

    @Test
    void shouldKeepTestCasesOfDifferentFilesApart() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuite name="pytest">
                  <testcase classname="" name="test_login" file="tests/api/test_login.py"><failure message="401"/></testcase>
                  <testcase classname="" name="test_login" file="tests/ui/test_login.py"/>
                </testsuite>"""), "files.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(2, 1, 1, 0, 0, 0));
    }

    // 3. Only provable retries are folded

    @Test
    void shouldNotFoldJestEachDataSetsThatShareAName() {
        ParsedResults r = parse("jest-each/*.xml");

        assertThat(RunCounts.of(r.tests())).as("jest-junit writes one test case per test, never a retry")
                .isEqualTo(new RunCounts(5, 4, 1, 0, 0, 0));
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly(
                "shipping computes the fee for a parcel", "shipping computes the fee for a parcel [2]",
                "shipping computes the fee for a parcel [3]", "shipping refuses parcels over 31.5 kg",
                "shipping refuses parcels over 31.5 kg [2]");
        assertThat(r.tests().get(0).outcome()).isEqualTo(TestOutcome.FAILED);
    }

    @Test
    void shouldNotFoldBoostDataSetsOfAReportWithPerCaseAssertions() {
        ParsedResults r = parse("boost/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(4, 3, 1, 0, 0, 0));
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("area_of_sample",
                "area_of_sample [2]", "area_of_sample [3]", "perimeter_of_square");
    }

    @Test
    void shouldNotFoldQtTestDataRows() {
        ParsedResults r = parse("qttest/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(5, 4, 1, 0, 0, 0));
        assertThat(test(r, "parsesNumber").outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(test(r, "parsesNumber [3]").outcome()).isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void shouldCountEveryTestCaseWithoutAName() {
        ParsedResults r = parse("unnamed/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(4, 3, 1, 0, 0, 0));
        assertThat(r.tests()).extracting(TestCaseResult::name).containsExactly("", "[2]", "[3]", "[4]");
        assertThat(r.tests()).allSatisfy(t -> assertThat(t.attempts()).isEqualTo(1));
    }

    @Test
    void shouldNotFoldARepeatThatPassedBeforeIt() {
        ParsedResults r = parse("repeats/*.xml");

        assertThat(RunCounts.of(r.tests())).as("passed, then failed: two tests, not a retry")
                .isEqualTo(new RunCounts(5, 3, 1, 0, 1, 0));
        assertThat(test(r, "answers on /health [2]").outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(test(r, "answers on /ready [2]").outcome()).isEqualTo(TestOutcome.PASSED);
    }

    @Test
    void shouldFoldGoTestRerunsWrittenLaterInTheSuite() {
        ParsedResults r = parse("go-rerun/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(4, 2, 1, 0, 0, 1));
        assertThat(r.tests()).extracting(TestCaseResult::name)
                .containsExactly("TestAddItem", "TestCheckout", "TestRefund", "TestEmptyCart");
        TestCaseResult checkout = test(r, "TestCheckout");
        assertThat(checkout.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(checkout.attempts()).isEqualTo(2);
        assertThat(checkout.failureDetail()).contains("connection refused");
        TestCaseResult refund = test(r, "TestRefund");
        assertThat(refund.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(refund.attempts()).isEqualTo(2);
        assertThat(refund.durationMillis()).isEqualTo(1200 + 1180);
    }

    @Test
    void shouldFoldTestNgRetriesWrittenAsSkippedIntoAFlakyTest() {
        ParsedResults r = parse("testng-retry/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(3, 1, 0, 0, 1, 1));
        TestCaseResult capture = test(r, "shouldCaptureAuthorisedPayment");
        assertThat(capture.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(capture.attempts()).isEqualTo(3);
    }

    @Test
    void shouldFoldPytestRerunsEvenWhenTheEarlierAttemptsLookPassed() {
        ParsedResults r = parse("pytest-rerun/*.xml");

        assertThat(RunCounts.of(r.tests())).isEqualTo(new RunCounts(3, 1, 1, 0, 0, 1));
        TestCaseResult suggests = test(r, "test_suggests_products");
        assertThat(suggests.outcome()).as("written twice: it was rerun, so it failed once").isEqualTo(TestOutcome.FLAKY);
        assertThat(suggests.attempts()).isEqualTo(2);
        TestCaseResult ranks = test(r, "test_ranks_by_stock");
        assertThat(ranks.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(ranks.attempts()).isEqualTo(3);
        assertThat(ranks.failureMessage()).isEqualTo("AssertionError: assert ['b', 'a'] == ['a', 'b']");
    }

    @Test
    void shouldFoldRepeatsWhenOneCarriesRetryElements() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuites><testsuite name="tests">
                  <testcase classname="tests.test_pay" name="test_pay"/>
                  <testcase classname="tests.test_pay" name="test_pay">
                    <flakyFailure message="assert 502 == 200" type="AssertionError">E  assert 502 == 200</flakyFailure>
                  </testcase>
                </testsuite></testsuites>"""), "marked.xml");

        assertThat(r.tests()).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.FLAKY);
            assertThat(t.attempts()).isEqualTo(2);
            assertThat(t.failureMessage()).isEqualTo("assert 502 == 200");
        });
    }

    @Test
    void shouldFoldIdenticalRetriesOfAToolWithoutRetryElements() {
        ParsedResults r = parser.parse(new StringReader("""
                <testsuite name="e2e">
                  <testcase classname="orders" name="places an order"><failure message="timeout"/></testcase>
                  <testcase classname="orders" name="places an order"><failure message="timeout again"/></testcase>
                  <testcase classname="orders" name="places an order"/>
                </testsuite>"""), "retries.xml");

        assertThat(r.tests()).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.FLAKY);
            assertThat(t.attempts()).isEqualTo(3);
            assertThat(t.failureMessage()).isEqualTo("timeout again");
        });
    }

    private ParsedResults parse(String pattern) {
        return parser.parse(dir(), pattern);
    }

    private static Path dir() {
        try {
            return Path.of(JUnitXmlParserIdentityTest.class.getResource("/junit-identity").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.jenkins.plugins.systemtest.step;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the step's form says next to each field, from the engine's own validators. */
class FieldChecksTest {

    @Test
    void shouldAcceptGoodValues() {
        assertThat(Arrays.asList(FieldChecks.tenant("askproai"), FieldChecks.tenantName("AskProAI"),
                FieldChecks.tenantName(""), FieldChecks.suite("calcom-integration"), FieldChecks.suite(null),
                FieldChecks.attributes("teamId=39203\neventIds=3664712,2563193\n"), FieldChecks.attributes(""),
                FieldChecks.requires("postgres://127.0.0.1:55432\r\nredis://127.0.0.1:6379"),
                FieldChecks.waitForServices("30"), FieldChecks.waitForServices(""),
                FieldChecks.results("build/test-results/**/*.xml"), FieldChecks.minPassRate("95.5"),
                FieldChecks.minPassRate(""), FieldChecks.maxFailures("0"), FieldChecks.maxFailures(null),
                FieldChecks.reportName("Playwright"), FieldChecks.reportDir("playwright-report"),
                FieldChecks.reportIndex(""), FieldChecks.reportIndex("html/index.html"))).containsOnlyNulls();
    }

    @Test
    void shouldSayWhatIsWrongWithBadValuesNamingTheField() {
        assertThat(FieldChecks.tenant("")).startsWith("tenant: '' is not a valid tenant key");
        assertThat(FieldChecks.tenant("a b")).startsWith("tenant: 'a b' is not a valid tenant key");
        assertThat(FieldChecks.suite("a/b")).startsWith("suite: 'a/b' is not a valid suite name");
        assertThat(FieldChecks.attributes("teamId=1\nnoequals")).startsWith("attributes[1]: 'noequals' is not "
                + "KEY=VALUE");
        assertThat(FieldChecks.attributes("teamId=1\nTEAMID=2")).startsWith("attributes: 'teamId' and 'TEAMID'");
        assertThat(FieldChecks.requires("tcp://127.0.0.1")).startsWith("requires: entry 1, 'tcp://127.0.0.1' has "
                + "no port");
        assertThat(FieldChecks.waitForServices("soon")).isEqualTo("waitForServices: 'soon' is not a whole number");
        assertThat(FieldChecks.waitForServices("3601")).startsWith("waitForServices: must be between 0 and 3600");
        assertThat(FieldChecks.results("../x/*.xml")).startsWith("results: '../x/*.xml' uses '..'");
        assertThat(FieldChecks.minPassRate("high")).isEqualTo("minPassRate: 'high' is not a number");
        assertThat(FieldChecks.minPassRate("-1")).startsWith("minPassRate: must be between 0 and 100");
        assertThat(FieldChecks.maxFailures("-1")).startsWith("maxFailures: must be 0 or more");
        assertThat(FieldChecks.reportName("a/b")).startsWith("reports.name: 'a/b' is not a valid report name");
        assertThat(FieldChecks.reportDir("/abs")).startsWith("dir: '/abs' must be relative to the workspace");
        assertThat(FieldChecks.reportIndex("../x.html")).startsWith("index: '../x.html' must not contain '..'");
    }

    @Test
    void shouldSplitTextAreasIntoStrippedNonBlankLines() {
        assertThat(FieldChecks.lines(" a=1 \r\n\r\nb=2\rc=3\n  \n")).containsExactly("a=1", "b=2", "c=3");
        assertThat(FieldChecks.lines(null)).isEmpty();
        assertThat(FieldChecks.entries(Arrays.asList("x= spaced ", null, "y=1\nz=2"))).containsExactly("x= spaced ",
                "y=1", "z=2");
        assertThat(FieldChecks.entries(null)).isEqualTo(List.of());
    }
}

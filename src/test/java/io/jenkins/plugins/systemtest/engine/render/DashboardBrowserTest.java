package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.systemtest.engine.analysis.FailureCategory;
import io.jenkins.plugins.systemtest.engine.analysis.FailureGroup;
import io.jenkins.plugins.systemtest.engine.dashboard.CauseNote;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardHtml;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardQuery;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardRequest;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardSummary;
import io.jenkins.plugins.systemtest.engine.dashboard.DashboardView;
import io.jenkins.plugins.systemtest.engine.dashboard.JobSummary;
import io.jenkins.plugins.systemtest.engine.dashboard.RunMark;
import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard and a tenant's page in a real headless Chromium at 1280x900, under a policy as strict as Jenkins':
 * long job names, many jobs and hostile names never widen the page, nothing runs a script, the browser logs
 * nothing. The fragments are the ones the Jelly pages embed. Skipped when Chromium is not installed.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DashboardBrowserTest extends BrowserTestSupport {

    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'";
    private static final long T0 = XssPayloads.T0;
    private static final String NO_OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth"
            + " && [...document.querySelectorAll('table')].every(t => t.getBoundingClientRect().right <= 1280)";

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    /** Jobs (some with very long names in deep folders) x tenants x 2 suites, 12 runs each, a few broken. */
    private static DashboardSummary installation(String hostile, int jobCount, int tenants) {
        List<JobSummary> jobs = new ArrayList<>();
        for (int j = 0; j < jobCount; j++) {
            String job = j % 4 == 0 ? "platform/payments-and-settlements-team/checkout-service-with-a-very-long-name-"
                    + "indeed-" + j + "/feature%2FPROJ-1234-make-the-checkout-faster" : "team/service-" + j;
            if (j == 5) {
                job = "team/" + Formats.clip(hostile, 250); // a job's name is a folder's name: at most 255 bytes
            }
            JobSummary s = new JobSummary(job, 0, List.of());
            for (int t = 0; t < tenants; t++) {
                for (String suite : List.of("e2e", "smoke-with-a-long-suite-name")) {
                    for (int b = 1; b <= 12; b++) {
                        RunVerdict v = (t + b + j) % 9 == 0 ? RunVerdict.FAILED : (t * b) % 31 == 0
                                ? RunVerdict.INFRA_ERROR : RunVerdict.PASSED;
                        RunMark mark = new RunMark(b + "-tenant" + t + "-" + suite, b, v, v == RunVerdict.PASSED
                                ? 100 : 87.5, 40, T0 + b * 3_600_000L + j * 1000, 90_000);
                        List<CauseNote> causes = v == RunVerdict.PASSED ? List.of() : CauseNote.of(List.of(
                                new FailureGroup("AssertionError: expected <n> but was <n> in " + (t % 3 == 0
                                        ? hostile : "checkout"), FailureCategory.ASSERTION, "", "AssertionError",
                                        "expected 200 but was 503 " + hostile, List.of("com.acme.CheckoutIT.pay"),
                                        List.of())));
                        String tenant = t == 3 ? hostile.replaceAll("[^a-z]", "") + "tenant" : "tenant" + t;
                        s = s.plus(tenant, t == 3 ? hostile : "Tenant Number " + t + " GmbH & Co. KG", suite, mark,
                                causes, 0);
                    }
                }
            }
            jobs.add(s);
        }
        return new DashboardSummary(jobs);
    }

    private Path page(String name, String fragment) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        StaticAssets.copyStylesheet(folder);
        Files.copy(Path.of("src/main/webapp/css/dashboard.css"), folder.resolve("dashboard.css"));
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
                + "<link rel=\"stylesheet\" href=\"system-tests.css\"><link rel=\"stylesheet\" href=\"dashboard.css\">"
                + "</head><body class=\"st-standalone\"><main class=\"st-wrap\">" + fragment + "</main></body></html>\n";
        return Files.writeString(folder.resolve("index.html"), html);
    }

    private DashboardQuery query(String hostile, int jobCount, int tenants) {
        return new DashboardQuery(installation(hostile, jobCount, tenants), j -> true, Clock.fixed(Instant.ofEpochMilli(T0 + 86_400_000L),
                ZoneOffset.UTC));
    }

    @Test
    void shouldFitTheDashboardInto1280PixelsWithoutAnyScript() throws IOException {
        DashboardView view = query("acme", 6, 10).dashboard(DashboardRequest.ALL);
        long broken = view.rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.latest().verdict() != RunVerdict.PASSED).count();
        long folded = view.rows().stream().filter(r -> r.cells().stream()
                .anyMatch(c -> c.latest().verdict() == RunVerdict.PASSED)).count();
        Path page = page("dashboard", new DashboardHtml().dashboard(view));

        chromium.navigate(page.toUri().toString());

        assertQuiet();
        assertThat(chromium.evaluate(NO_OVERFLOW).asBoolean()).as("no horizontal overflow").isTrue();
        assertThat(chromium.evaluate("document.querySelectorAll('tbody.st-dash-group').length").asInt())
                .isEqualTo(10);
        assertThat(broken).isPositive();
        assertThat(chromium.evaluate("document.querySelectorAll('tbody.st-dash-group tr').length").asLong())
                .as("a line per broken job and suite, one folded line per tenant with passing ones")
                .isEqualTo(broken + folded);
        assertThat(chromium.evaluate("document.querySelectorAll('.st-dash-mark').length").asLong())
                .isEqualTo(broken * 10);
        assertThat(chromium.evaluate("document.querySelector('.st-dash-count').getBoundingClientRect().top < 900")
                .asBoolean()).as("the answer is on the first screen").isTrue();
        assertThat(chromium.evaluate("getComputedStyle(document.querySelector('.st-dash-failed'))"
                + ".backgroundColor").asText()).isNotEqualTo(chromium.evaluate("getComputedStyle(document"
                + ".querySelector('.st-badge.st-verdict-passed, .st-dash-passed')).backgroundColor").asText());
    }

    @Test
    void shouldFitEveryLineOfAFilteredDashboardInto1280Pixels() throws IOException {
        DashboardView view = query("acme", 6, 10).dashboard(DashboardRequest.parse(java.util.Map.of("verdict",
                new String[] {"PASSED", "FAILED", "INFRA_ERROR"})));
        Path page = page("filtered", new DashboardHtml().dashboard(view));

        chromium.navigate(page.toUri().toString());

        assertQuiet();
        assertThat(chromium.evaluate(NO_OVERFLOW).asBoolean()).as("no horizontal overflow").isTrue();
        assertThat(chromium.evaluate("document.querySelectorAll('tbody.st-dash-group tr').length").asInt())
                .isEqualTo(10 * 6 * 2);
        assertThat(chromium.evaluate("document.querySelectorAll('.st-dash-mark').length").asInt())
                .isEqualTo(10 * 6 * 2 * 10);
    }

    @Test
    void shouldFitATenantsPageAndDrawItsTrendWithClassesOnly() throws IOException {
        Path page = page("tenant", new DashboardHtml().tenant(query("acme", 6, 10).tenant("tenant1").orElseThrow()));

        chromium.navigate(page.toUri().toString());

        assertQuiet();
        assertThat(chromium.evaluate(NO_OVERFLOW).asBoolean()).as("no horizontal overflow").isTrue();
        assertThat(chromium.evaluate("document.querySelectorAll('.st-dash-trend .st-dash-bar').length").asInt())
                .isEqualTo(40);
        assertThat(chromium.evaluate("document.querySelectorAll('.st-dash-cause').length").asInt()).isEqualTo(1);
        assertThat(chromium.evaluate("document.querySelector('.st-dash-bar.st-dash-h-10').getBoundingClientRect()"
                + ".height").asInt()).isEqualTo(80);
    }

    @Test
    void shouldRunNoPayloadAndStayWithin1280Pixels() throws IOException {
        for (XssPayloads.Payload p : XssPayloads.ALL) {
            DashboardQuery query = query(p.raw(), 6, 4);
            int i = XssPayloads.ALL.indexOf(p);
            for (String fragment : List.of(new DashboardHtml().dashboard(query.dashboard(DashboardRequest.ALL)),
                    new DashboardHtml().tenant(query.tenant("tenant0").orElseThrow()))) {
                chromium.navigate(page("xss-" + i + "-" + fragment.length(), fragment).toUri().toString());

                assertQuiet();
                assertThat(chromium.evaluate("document.querySelectorAll('script,img,iframe,object,embed,style,base')"
                        + ".length + [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => "
                        + "/^on/i.test(a.name) || a.name === 'style')).length").asInt()).as("hostile elements for %s",
                        p).isZero();
                assertThat(chromium.evaluate(NO_OVERFLOW).asBoolean()).as("no overflow with %s", p).isTrue();
            }
        }
    }

    private void assertQuiet() {
        assertThat(chromium.events("Page.javascriptDialogOpening")).as("dialogs").isEmpty();
        assertThat(chromium.events("Runtime.consoleAPICalled")).as("console calls").isEmpty();
        assertThat(chromium.events("Runtime.exceptionThrown")).as("script errors").isEmpty();
        assertThat(chromium.events("Log.entryAdded")).as("browser log entries (CSP violations among them)")
                .filteredOn(e -> !e.at("/params/entry/level").asText().equals("verbose")).isEmpty();
    }
}

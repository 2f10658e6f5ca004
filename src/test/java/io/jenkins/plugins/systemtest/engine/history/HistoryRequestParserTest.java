package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRequestParserTest {

    private final HistoryRequestParser parser = new HistoryRequestParser();

    @Test
    void shouldReadEveryParameterOfAServletRequest() {
        HistoryRequest r = parser.parse(Map.of("tenant", new String[] {"acme"}, "suite", new String[] {"e2e"},
                "verdict", new String[] {"FAILED", "infra-error,no tests"}, "page", new String[] {"3"},
                "test", new String[] {"com.acme.CartIT.checkout"}, "depth", new String[] {"2"}));

        assertThat(r).isEqualTo(new HistoryRequest("acme", "e2e",
                Set.of(RunVerdict.FAILED, RunVerdict.INFRA_ERROR, RunVerdict.NO_TESTS), 3,
                "com.acme.CartIT.checkout", java.util.List.of()));
        assertThat(r.filter().tenant()).isEqualTo("acme");
        assertThat(r.filter().verdicts()).containsExactlyInAnyOrder(RunVerdict.FAILED, RunVerdict.INFRA_ERROR,
                RunVerdict.NO_TESTS);
    }

    @Test
    void shouldTakeNoParametersAsEverythingOnTheFirstPage() {
        assertThat(parser.parse(Map.of())).isEqualTo(HistoryRequest.ALL);
        assertThat(parser.parseQuery("")).isEqualTo(HistoryRequest.ALL);
        assertThat(parser.parseQuery(null)).isEqualTo(HistoryRequest.ALL);
        assertThat(parser.parseQuery("?tenant=&suite=&verdict=&page=")).isEqualTo(HistoryRequest.ALL);
    }

    @Test
    void shouldDecodeAQueryString() {
        HistoryRequest r = parser.parseQuery("?tenant=acme%20corp&suite=e2e+smoke&verdict=passed&verdict=ABORTED"
                + "&test=com.acme.A%23b%26c&page=2");

        assertThat(r.tenant()).isEqualTo("acme corp");
        assertThat(r.suite()).isEqualTo("e2e smoke");
        assertThat(r.verdicts()).containsExactlyInAnyOrder(RunVerdict.PASSED, RunVerdict.ABORTED);
        assertThat(r.test()).isEqualTo("com.acme.A#b&c");
        assertThat(r.page()).isEqualTo(2);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void shouldLeaveOutWhatItCannotUseAndNameTheParameter() {
        HistoryRequest r = parser.parseQuery("verdict=FAILED,BROKEN&page=-4&tenant=" + "x".repeat(201)
                + "&suite=a%00b&test=ok");

        assertThat(r.verdicts()).containsExactly(RunVerdict.FAILED);
        assertThat(r.page()).isEqualTo(1);
        assertThat(r.tenant()).isNull();
        assertThat(r.suite()).isNull();
        assertThat(r.test()).isEqualTo("ok");
        assertThat(r.problems()).containsExactly(
                "tenant: longer than 200 characters; left out",
                "suite: contains control characters; left out",
                "verdict: 'BROKEN' is not one of PASSED, FAILED, INFRA_ERROR, NO_TESTS, ABORTED, RUNNING; left out",
                "page: '-4' is not a page number (1 or more); showing page 1");
    }

    @Test
    void shouldReportAPageThatIsNotANumber() {
        assertThat(parser.parseQuery("page=two").problems())
                .containsExactly("page: 'two' is not a page number (1 or more); showing page 1");
        assertThat(parser.parseQuery("page=99999999999").problems()).hasSize(1);
    }

    @Test
    void shouldWriteTheFiltersBackAsAnEncodedQueryThatParsesToTheSameFilters() {
        HistoryRequest r = parser.parseQuery("tenant=a%26b%3Dc&suite=e2e&verdict=FAILED,INFRA_ERROR&page=4"
                + "&test=com.acme.T%20x");

        assertThat(r.filterQuery(false)).isEqualTo("?tenant=a%26b%3Dc&suite=e2e&verdict=FAILED&verdict=INFRA_ERROR");
        assertThat(r.filterQuery(true)).endsWith("&test=com.acme.T+x");
        HistoryRequest back = parser.parseQuery(r.filterQuery(true));
        assertThat(back.withPage(4)).isEqualTo(r);
        assertThat(HistoryRequest.ALL.filterQuery(true)).isEmpty();
    }
}

package io.jenkins.plugins.systemtest.engine.history;

import io.jenkins.plugins.systemtest.engine.model.RunVerdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The "which tenants are broken right now" view: one row per tenant, one column per suite, each cell the latest
 * run of that tenant and suite and the verdicts of its last runs. Built from the index alone, at a cost of
 * tenants x suites x strip length, whatever the size of the history.
 *
 * @param suites the columns: every suite of the history, sorted
 * @param rows   one row per tenant, {@link Row#broken() broken} tenants first, then by key
 * @param cut    how many tenants were left out because there were more than {@code maxTenants}
 */
public record TenantMatrix(List<String> suites, List<Row> rows, int cut) {

    /** The verdicts of a latest run that make its tenant broken. */
    static final Set<RunVerdict> BROKEN = EnumSet.of(RunVerdict.FAILED, RunVerdict.INFRA_ERROR, RunVerdict.NO_TESTS);

    public TenantMatrix {
        suites = List.copyOf(suites);
        rows = List.copyOf(rows);
    }

    /**
     * One tenant.
     *
     * @param tenant     its key
     * @param tenantName its display name
     * @param cells      one cell per suite of {@link #suites()}, in that order; a cell of a suite the tenant never
     *                   ran has no latest run
     */
    public record Row(String tenant, String tenantName, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * Whether the latest run of some suite of this tenant failed, hit an infrastructure error or found no
         * tests; an aborted (or still running) latest run does not make a tenant broken.
         */
        public boolean broken() {
            return cells.stream().anyMatch(c -> c.latest() != null && BROKEN.contains(c.latest().verdict()));
        }
    }

    /**
     * One tenant and suite.
     *
     * @param suite  the suite
     * @param latest the latest run, or null when the tenant never ran the suite
     * @param strip  the verdicts of the last runs, oldest first, the latest last
     */
    public record Cell(String suite, RunSummary latest, List<RunSummary> strip) {

        public Cell {
            Objects.requireNonNull(suite, "suite");
            strip = List.copyOf(strip);
        }
    }

    /**
     * The matrix of a history.
     *
     * @param stripLength how many verdicts each cell's strip holds at most
     * @param maxTenants  how many tenants to show at most (the broken ones first)
     */
    public static TenantMatrix of(HistoryQuery query, int stripLength, int maxTenants) {
        List<String> suites = query.suites();
        List<Row> rows = new ArrayList<>();
        query.tenantNames().forEach((tenant, name) -> {
            List<Cell> cells = new ArrayList<>(suites.size());
            for (String suite : suites) {
                List<RunSummary> last = query.page(HistoryFilter.ALL.withTenant(tenant).withSuite(suite), 0,
                        stripLength).runs();
                List<RunSummary> strip = new ArrayList<>(last);
                Collections.reverse(strip);
                cells.add(new Cell(suite, last.isEmpty() ? null : last.get(0), strip));
            }
            rows.add(new Row(tenant, name, cells));
        });
        rows.sort(Comparator.comparing((Row r) -> !r.broken()).thenComparing(Row::tenant));
        int cut = Math.max(0, rows.size() - maxTenants);
        return new TenantMatrix(suites, rows.subList(0, rows.size() - cut), cut);
    }
}

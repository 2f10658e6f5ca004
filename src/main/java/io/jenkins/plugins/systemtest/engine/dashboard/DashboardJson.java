package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's and a tenant page's data as JSON ({@code api/json}): {@code schemaVersion} 1, the filters, then
 * the rows (tenant, name, worst verdict, link, cells) or the tenant's cells, causes and trend. A cell is flat: job,
 * suite, tenant, the latest run (verdict by name, pass rate in percent or -1 when no test ran, times in epoch
 * milliseconds), {@code recent} (the verdicts of the last runs, oldest first) and links relative to the page.
 */
public final class DashboardJson {

    /** The version of this JSON's shape. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** The dashboard as JSON. */
    public String toJson(DashboardView view) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("tenant", view.request().tenant());
        out.put("verdicts", view.request().verdicts().stream().sorted().map(Enum::name).toList());
        out.put("folder", view.request().folder());
        out.put("jobs", view.jobs());
        out.put("broken", view.broken());
        out.put("rows", view.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tenant", r.tenant());
            row.put("name", r.name());
            row.put("worst", r.worst().name());
            row.put("href", r.href());
            row.put("cells", r.cells().stream().map(DashboardJson::cell).toList());
            return row;
        }).toList());
        out.put("tenants", view.tenants());
        out.put("folders", view.folders());
        out.put("problems", view.problems());
        return write(out);
    }

    /** A tenant's page as JSON. */
    public String toJson(TenantView view) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("tenant", view.tenant());
        out.put("name", view.name());
        out.put("cells", view.cells().stream().map(DashboardJson::cell).toList());
        out.put("causes", view.causes());
        out.put("trend", view.trend());
        out.put("problems", view.problems());
        return write(out);
    }

    /** A cell, flat: the latest run's fields and the verdicts of the strip, oldest first. */
    private static Map<String, Object> cell(DashboardView.Cell c) {
        RunMark r = c.latest();
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("job", c.job());
        cell.put("suite", c.suite());
        cell.put("tenant", c.tenant());
        cell.put("tenantName", c.tenantName());
        cell.put("verdict", r.verdict().name());
        cell.put("passRate", r.passRate());
        cell.put("executed", r.executed());
        cell.put("build", r.build());
        cell.put("runId", r.id());
        cell.put("startedAt", r.startedAt());
        cell.put("durationMillis", r.durationMillis());
        cell.put("age", c.age());
        cell.put("recent", c.strip().stream().map(m -> m.verdict().name()).toList());
        cell.put("jobHref", c.jobHref());
        cell.put("runHref", c.runHref());
        cell.put("historyHref", c.historyHref());
        return cell;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard as JSON: " + e.getMessage(), e);
        }
    }
}

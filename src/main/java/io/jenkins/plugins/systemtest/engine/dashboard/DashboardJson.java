package io.jenkins.plugins.systemtest.engine.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dashboard's and a tenant page's data as JSON ({@code api/json}): {@code schemaVersion} 1, then the view's
 * fields as named in {@link DashboardView} and {@link TenantView} (verdicts by name, times in epoch milliseconds,
 * pass rates in percent with -1 for "no test ran", links relative to the page).
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
        out.put("rows", view.rows());
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
        out.put("cells", view.cells());
        out.put("causes", view.causes());
        out.put("trend", view.trend());
        out.put("problems", view.problems());
        return write(out);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard as JSON: " + e.getMessage(), e);
        }
    }
}

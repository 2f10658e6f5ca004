package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data of a server-paged history page for history.js: the {@link HistoryView} JSON (contract version 1) plus
 * a {@code paging} object, which tells history.js that the rows are one page of many and that filtering and paging
 * happen on the server:
 *
 * <pre>"paging": {"page": 2, "pageSize": 50, "pages": 40, "total": 1990, "tenants": 30, "trendsCut": true,
 *            "test": "com.acme.CartIT.checkout"}</pre>
 *
 * Written with {@link HistoryJson#escapeForScript}, so it holds no {@code < > & '} and no non-ASCII character and
 * can go into a {@code data-*} attribute (whose quoting the page's escaping does) or a JSON island alike.
 */
public final class HistoryPageJson {

    /** Shared: a mapper is thread-safe once configured, and a new one per page would redo its type introspection. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectMapper mapper = MAPPER;

    /** The data, escaped. */
    public String toJson(HistoryPageModel model) {
        return toJson(model, null);
    }

    /** The data with the overview parts ({@code matrix}, {@code trendWindows}, {@code testTimelines}), escaped. */
    public String toJson(HistoryPageModel model, HistoryOverview.Parts parts) {
        ObjectNode root = mapper.valueToTree(model.view());
        if (parts != null) {
            putParts(root, parts);
        }
        ObjectNode paging = root.putObject("paging");
        paging.put("page", model.page());
        paging.put("pageSize", model.pageSize());
        paging.put("pages", model.pages());
        paging.put("total", model.total());
        paging.put("tenants", model.tenantCount());
        paging.put("trendsCut", model.tenantCount() > HistoryPageModelBuilder.MAX_TREND_TENANTS);
        paging.put("test", model.request().test() == null ? "" : model.request().test());
        try {
            return HistoryJson.escapeForScript(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history page cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The job page's box: {@code {"version": 1, "box": true, "generatedAt": ..., "matrix": ..., "recent": [...],
     * "historyHref": "system-tests/"}}, escaped like the page's data.
     */
    public String toBoxJson(HistoryOverview.Parts parts, long generatedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", HistoryView.VERSION);
        root.put("box", true);
        root.put("generatedAt", generatedAt);
        putParts(root, parts);
        try {
            return HistoryJson.escapeForScript(mapper.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("job page box cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void putParts(ObjectNode root, HistoryOverview.Parts parts) {
        if (parts.matrix() != null) {
            root.set("matrix", mapper.valueToTree(parts.matrix()));
        }
        if (parts.trendWindows() != null) {
            root.set("trendWindows", mapper.valueToTree(parts.trendWindows()));
        }
        if (parts.testTimelines() != null) {
            root.set("testTimelines", mapper.valueToTree(parts.testTimelines()));
        }
        if (parts.recent() != null) {
            root.set("recent", mapper.valueToTree(parts.recent()));
        }
        root.put("historyHref", parts.historyHref() == null ? "" : parts.historyHref());
    }
}

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

    private final ObjectMapper mapper = new ObjectMapper();

    /** The data, escaped. */
    public String toJson(HistoryPageModel model) {
        ObjectNode root = mapper.valueToTree(model.view());
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
}

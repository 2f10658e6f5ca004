package io.jenkins.plugins.systemtest.engine.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The history view as JSON: plain for {@code history.json}, and escaped for a
 * {@code <script type="application/json">} island in a page.
 */
public final class HistoryJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The view as compact JSON. */
    public String toJson(HistoryView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history view cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The view as indented JSON, for people and tools. */
    public String toPrettyJson(HistoryView view) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history view cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The view as JSON that can stand between {@code <script type="application/json">} and {@code </script>}. */
    public String toScriptIsland(HistoryView view) {
        return escapeForScript(toJson(view));
    }

    /**
     * JSON text made safe to embed in an HTML {@code <script>} element: {@code < > & '} and every character outside
     * ASCII (U+2028 and U+2029 among them) become {@code \}{@code uXXXX} escapes. Those characters can only occur
     * inside JSON strings, where the escape means the same, so the value parsed is unchanged; the result holds no
     * {@code </script}, no {@code <!--} and no line terminator JavaScript would stumble on.
     */
    public static String escapeForScript(String json) {
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\'' || c > 0x7E) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

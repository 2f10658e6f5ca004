package io.jenkins.plugins.systemtest.engine.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tags of a page written by the renderers, found by a scan that relies on what escaping guarantees: outside
 * the JSON island, every {@code <} starts a tag the code wrote. The island's content is skipped.
 */
final class HtmlScan {

    /**
     * One start or end tag.
     *
     * @param name       lower-case name, with a leading '/' for end tags
     * @param attributes name to value (empty for attributes without value)
     */
    record Tag(String name, Map<String, String> attributes) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9-]*|!DOCTYPE)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:=\"([^\"]*)\")?");
    private static final Pattern ISLAND =
            Pattern.compile("(<script type=\"application/json\" id=\"[a-z-]+\">)(.*?)(</script>)", Pattern.DOTALL);

    private HtmlScan() {
    }

    static List<Tag> tags(String html) {
        String withoutIsland = ISLAND.matcher(html).replaceAll("$1$3");
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(withoutIsland);
        int last = 0;
        while (m.find()) {
            String between = withoutIsland.substring(last, m.start());
            if (between.indexOf('<') >= 0 || between.indexOf('>') >= 0) {
                throw new AssertionError("stray '<' or '>' in text: " + clip(between));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(), a.group(2) == null ? "" : a.group(2));
            }
            tags.add(new Tag(m.group(1).toLowerCase(), attributes));
            last = m.end();
        }
        String rest = withoutIsland.substring(last);
        if (rest.indexOf('<') >= 0 || rest.indexOf('>') >= 0) {
            throw new AssertionError("stray '<' or '>' in text: " + clip(rest));
        }
        return tags;
    }

    /** The JSON island's raw content, or null. */
    static String island(String html) {
        Matcher m = ISLAND.matcher(html);
        return m.find() ? m.group(2) : null;
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}

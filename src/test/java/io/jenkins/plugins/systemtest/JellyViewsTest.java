package io.jenkins.plugins.systemtest;

import io.jenkins.plugins.systemtest.pages.SystemTestJobAction;
import io.jenkins.plugins.systemtest.pages.SystemTestBuildAction;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Jelly view of the plugin escapes by default and keeps to what Jenkins' Content-Security-Policy allows: no
 * inline script, no {@code on*} handler, no style attribute or element; the only unescaped output is the
 * engine-escaped run view.
 */
class JellyViewsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String ESCAPE_BY_DEFAULT = "<?jelly escape-by-default='true'?>";
    private static final String JELLY_CORE = "jelly:core";
    /** The values that {@code <j:out>} may write unescaped: HTML the engine escaped itself. */
    private static final Set<String> RAW_OUTPUT = Set.of("${card.fragmentHtml}", "${it.fragmentHtml}");

    @Test
    void shouldFindTheViewsOfThePages() throws IOException {
        assertThat(views()).extracting(v -> RESOURCES.relativize(v).toString().replace('\\', '/')).contains(
                "io/jenkins/plugins/systemtest/pages/SystemTestBuildAction/summary.jelly",
                "io/jenkins/plugins/systemtest/pages/SystemTestBuildAction/index.jelly",
                "io/jenkins/plugins/systemtest/pages/SystemTestJobAction/index.jelly",
                "io/jenkins/plugins/systemtest/pages/SystemTestJobAction/jobMain.jelly");
    }

    @Test
    void shouldEscapeByDefaultInEveryView() throws IOException {
        for (Path view : views()) {
            String first = Files.readAllLines(view, StandardCharsets.UTF_8).get(0).strip();
            assertThat(first).as("first line of %s", view).isEqualTo(ESCAPE_BY_DEFAULT);
        }
    }

    @Test
    void shouldHaveNoInlineScriptNoHandlerNoStyleAndOnlyAllowedRawOutput() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path view : views()) {
            problems.addAll(problems(view));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldCatchEachKindOfProblemInAView(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jelly"), ESCAPE_BY_DEFAULT + "\n"
                + "<j:jelly xmlns:j=\"jelly:core\"><script>alert(1)</script><div onclick=\"x()\" style=\"color:red\"/>"
                + "<style>p{}</style><a href=\"javascript:alert(1)\">x</a><j:out value=\"${it.name}\"/>"
                + "<script src=\"a.js\"/></j:jelly>");

        assertThat(problems(bad)).hasSize(7).anyMatch(p -> p.contains("inline <script> without src"))
                .anyMatch(p -> p.contains("inline <script> with code"))
                .anyMatch(p -> p.contains("onclick")).anyMatch(p -> p.contains("style attribute"))
                .anyMatch(p -> p.contains("<style>")).anyMatch(p -> p.contains("javascript:"))
                .anyMatch(p -> p.contains("j:out"));
    }

    @Test
    void shouldPutEveryViewBesideAClassOfThePlugin() throws IOException, ClassNotFoundException {
        for (Path view : views()) {
            String className = RESOURCES.relativize(view.getParent()).toString().replace('/', '.').replace('\\', '.');
            assertThat(Class.forName(className)).as("class of %s", view).isNotNull();
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".jelly")).sorted().toList();
        }
    }

    private static List<String> problems(Path view) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<String> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(view)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            boolean inScript = false;
            while (xml.hasNext()) {
                int event = xml.next();
                String where = view.getFileName() + ":" + xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName().toLowerCase(Locale.ROOT);
                    boolean html = xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty();
                    if (html && name.equals("style")) {
                        problems.add(where + ": <style> element");
                    }
                    if (html && name.equals("script")) {
                        inScript = true;
                        if (xml.getAttributeValue(null, "src") == null) {
                            problems.add(where + ": inline <script> without src");
                        }
                    }
                    if (JELLY_CORE.equals(xml.getNamespaceURI()) && name.equals("out")
                            && !RAW_OUTPUT.contains(xml.getAttributeValue(null, "value"))) {
                        problems.add(where + ": j:out of " + xml.getAttributeValue(null, "value"));
                    }
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String attribute = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
                        String value = xml.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
                        if (attribute.startsWith("on")) {
                            problems.add(where + ": handler attribute " + attribute);
                        }
                        if (attribute.equals("style")) {
                            problems.add(where + ": style attribute");
                        }
                        if (value.startsWith("javascript:")) {
                            problems.add(where + ": javascript: URL in " + attribute);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inScript = false;
                } else if (inScript && event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                    problems.add(where + ": inline <script> with code");
                }
            }
        }
        return problems;
    }
}

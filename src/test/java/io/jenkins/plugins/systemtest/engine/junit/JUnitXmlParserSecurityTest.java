package io.jenkins.plugins.systemtest.engine.junit;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.systemtest.engine.model.ParsedResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile result files: each is refused with a clear problem, and nothing is read from disk or fetched from the
 * network. A loopback HTTP server counts every request; a secret file holds what must never show up.
 */
class JUnitXmlParserSecurityTest {

    private static final String SECRET = "s3cr3t-token-that-must-never-leak";

    @TempDir
    Path dir;

    private final JUnitXmlParser parser = new JUnitXmlParser();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private Path secret;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ParsedResults parse(String name, String xml) throws IOException {
        Files.writeString(dir.resolve(name), xml);
        return parser.parse(dir, name);
    }

    private static void assertRefusedAsDoctype(ParsedResults r, String name) {
        assertThat(r.tests()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("declares a DOCTYPE: DTDs and entities are refused");
        });
        assertThat(r.toString()).doesNotContain(SECRET);
    }

    @Test
    void shouldRefuseAnExternalEntityToALocalFile() throws IOException {
        ParsedResults r = parse("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<testsuite name=\"&xxe;\"><testcase name=\"&xxe;\"><system-out>&xxe;"
                + "</system-out></testcase></testsuite>");

        assertRefusedAsDoctype(r, "xxe.xml");
    }

    @Test
    void shouldRefuseAnOutOfBandEntityWithoutContactingTheServer() throws IOException {
        ParsedResults r = parse("oob.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [\n"
                + "  <!ENTITY % file SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % dtd SYSTEM \"" + url("/oob.dtd") + "\">\n  %dtd;\n]>\n"
                + "<testsuite><testcase name=\"&send;\"/></testsuite>");

        assertRefusedAsDoctype(r, "oob.xml");
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldRefuseParameterEntities() throws IOException {
        ParsedResults r = parse("param.xml", "<!DOCTYPE testsuite [\n  <!ENTITY % inner \"<!ENTITY name '"
                + "injected'>\">\n  %inner;\n]>\n<testsuite><testcase name=\"&name;\"/></testsuite>");

        assertRefusedAsDoctype(r, "param.xml");
        assertThat(r.toString()).doesNotContain("injected");
    }

    @Test
    void shouldRefuseBillionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE testsuite [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("  <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        ParsedResults r = parse("lol.xml", dtd + "]>\n<testsuite><testcase name=\"t\"><system-out>&lol9;"
                + "</system-out></testcase></testsuite>");

        assertRefusedAsDoctype(r, "lol.xml");
        assertThat(r.toString()).doesNotContain("lollol");
    }

    @Test
    void shouldRefuseAQuadraticBlowUp() throws IOException {
        String big = "x".repeat(100_000);
        ParsedResults r = parse("quadratic.xml", "<!DOCTYPE testsuite [<!ENTITY big \"" + big + "\">]>\n"
                + "<testsuite><testcase name=\"t\"><system-out>" + "&big;".repeat(100_000)
                + "</system-out></testcase></testsuite>");

        assertRefusedAsDoctype(r, "quadratic.xml");
        assertThat(r.toString()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void shouldRefuseAnExternalDtdWithoutFetchingIt() throws IOException {
        ParsedResults r = parse("external-dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite SYSTEM \""
                + url("/x.dtd") + "\">\n<testsuite><testcase name=\"&leak;\"/></testsuite>");

        assertRefusedAsDoctype(r, "external-dtd.xml");
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldNotResolveEntitiesEvenWhenReadingPastTheDoctype() throws Exception {
        String xml = "<!DOCTYPE t SYSTEM \"" + url("/x.dtd") + "\" [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY % p SYSTEM \"" + url("/p.dtd") + "\"> %p;]><t>&xxe;&leak;</t>";
        StringBuilder seen = new StringBuilder();
        XMLStreamReader r = SafeXmlInputFactory.create().createXMLStreamReader(new StringReader(xml));
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    seen.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            seen.append(e.getMessage());
        }

        assertThat(seen.toString()).doesNotContain(SECRET);
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldTreatXIncludeAsAnUnknownElement() throws IOException {
        ParsedResults r = parse("xinclude.xml", "<testsuite xmlns:xi=\"http://www.w3.org/2001/XInclude\" name=\"s\">"
                + "<xi:include href=\"" + url("/suite.xml") + "\"/>"
                + "<testcase name=\"t\" classname=\"C\"><system-out>before <xi:include href=\"" + secret.toUri()
                + "\" parse=\"text\"/>after</system-out></testcase></testsuite>");

        assertThat(r.problems()).isEmpty();
        assertThat(r.tests()).singleElement().satisfies(t -> assertThat(t.stdout()).isEqualTo("before after"));
        assertThat(r.toString()).doesNotContain(SECRET);
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldStopAtDeepNestingWithoutOverflowingTheStack() throws IOException {
        int depth = 100_000;
        String unknown = "<testsuite><testcase name=\"before\"/>" + "<a>".repeat(depth) + "</a>".repeat(depth)
                + "</testsuite>";
        String suites = "<testsuites>" + "<testsuite name=\"s\">".repeat(depth) + "</testsuite>".repeat(depth)
                + "</testsuites>";

        for (ParsedResults r : new ParsedResults[] {parse("deep.xml", unknown), parse("deep-suites.xml", suites)}) {
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("nested more than " + JUnitDocumentHandler.MAX_DEPTH);
                assertThat(p.line()).isEqualTo(1);
            });
        }
        assertThat(parser.parse(dir, "deep.xml").tests()).extracting(t -> t.name()).containsExactly("before");
    }

    @Test
    @Tag("slow")
    void shouldParseTwoGigabytesOfSystemOutWithin256MegabytesOfHeap() throws Exception {
        long chars = 2_200_000_000L;
        Path file = dir.resolve("TEST-huge.xml");
        String line = "2024-05-02 10:14:03.512 DEBUG [main] c.a.Noise - the same line again and again 0123456789\n";
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"Huge\"><testcase name=\"loud\" "
                    + "classname=\"Huge\"><failure message=\"boom\">trace</failure><system-out><![CDATA[first line\n");
            char[] c = line.toCharArray();
            for (long n = 0; n < chars; n += c.length) {
                w.write(c);
            }
            w.write("last line]]></system-out></testcase><testcase name=\"after\" classname=\"Huge\"/></testsuite>\n");
        }
        assertThat(Files.size(file)).isGreaterThan(Integer.MAX_VALUE);

        ChildJvm.Outcome child = ChildJvm.parse("256m", dir, "TEST-huge.xml");

        assertThat(child.exitCode()).as(child.output()).isZero();
        assertThat(child.output()).startsWith("tests=2 failed=1 errors=0 skipped=0 problems=0 ").contains("omitted=true");
    }
}

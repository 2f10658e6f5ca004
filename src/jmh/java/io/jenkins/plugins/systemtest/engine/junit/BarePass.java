package io.jenkins.plugins.systemtest.engine.junit;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The references the parser is measured against: a bare StAX pass ({@code next()} until the end, nothing read) with
 * the JDK's own reader, configured as the parser configured it until issue 10 (DTDs, external entities and
 * namespaces off, CDATA in 8 KiB chunks), which is the reference issue 10's goals name; and the same bare pass with
 * the reader the parser uses now ({@link SafeXmlInputFactory}, Woodstox), which skips text it is not asked for.
 */
final class BarePass {

    private BarePass() {
    }

    /** The JDK's StAX reader, configured as the parser had it before it moved to Woodstox. */
    static XMLInputFactory jdkFactory() {
        return SafeXmlInputFactory.createJdk();
    }

    /** Reads the file to its end with {@code next()} only; returns the number of events. */
    static long run(XMLInputFactory factory, Path file) throws IOException, XMLStreamException {
        long events = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                r.next();
                events++;
            }
            r.close();
        }
        return events;
    }
}

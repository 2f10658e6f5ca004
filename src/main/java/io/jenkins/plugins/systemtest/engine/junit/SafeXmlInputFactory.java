package io.jenkins.plugins.systemtest.engine.junit;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Makes the StAX factory used for result files: the JDK's own implementation (never one found on the class path),
 * with DTDs, external entities, entity replacement and every external access switched off, and CDATA sections
 * reported in chunks so that a huge section never has to fit in memory. XInclude does not exist in StAX: an
 * {@code xi:include} element is just an element.
 *
 * <p>The factory still reports a DOCTYPE as a {@code DTD} event; {@link JUnitXmlParser} refuses the file there.
 */
public final class SafeXmlInputFactory {

    /** The size of the chunks CDATA sections are reported in (a JDK property). */
    static final int CDATA_CHUNK = 8192;

    private SafeXmlInputFactory() {
    }

    /** A new factory configured as described above. Configure once, then share it: it is thread-safe to use. */
    public static XMLInputFactory create() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // JUnit XML has no namespaces; without namespace processing an unbound prefix is not fatal.
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty("jdk.xml.cdataChunkSize", CDATA_CHUNK);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}

package io.jenkins.plugins.systemtest.engine.junit;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import org.codehaus.stax2.XMLInputFactory2;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Makes the StAX factory used for result files: Woodstox (made directly, never one found on the class path), with
 * DTDs, external entities, entity replacement and every external access switched off, and long texts reported in
 * segments so that a huge {@code system-out} never has to fit in memory. XInclude does not exist in StAX: an
 * {@code xi:include} element is just an element.
 *
 * <p>Why Woodstox and not the JDK's own StAX reader: the JDK's reader checks every character of a text with a table
 * lookup and makes a new String for every attribute read; with Woodstox the parser reads the same result files 1.26 to
 * 1.45 times as fast (docs/performance.md, P1). In Jenkins it comes from the jackson2-api plugin, which this plugin
 * depends on.
 *
 * <p>The factory still reports a DOCTYPE as a {@code DTD} event; {@link JUnitXmlParser} refuses the file there.
 */
public final class SafeXmlInputFactory {

    /**
     * The longest attribute value read, in characters (Woodstox's own default is 512 KiB, which a long failure
     * {@code message} can pass). A longer one makes the file's rest unreadable, with a problem naming the line.
     */
    static final int MAX_ATTRIBUTE_CHARS = 16 * 1024 * 1024;

    /** The size of the chunks the JDK's reader reports CDATA sections in. */
    static final int CDATA_CHUNK = 8192;

    private SafeXmlInputFactory() {
    }

    /** A new factory configured as described above. Configure once, then share it: it is thread-safe to use. */
    public static XMLInputFactory create() {
        XMLInputFactory f = withStandardSafety(new WstxInputFactory());
        f.setProperty(XMLInputFactory2.P_REPORT_CDATA, true);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        return f;
    }

    /**
     * The JDK's own StAX reader with the same safety, external DTD access refused, and CDATA sections reported in
     * 8 KiB chunks (a JDK property) so that a huge one never has to fit in memory. {@link JUnitXmlParser} reads a file
     * with it again when Woodstox cannot decode its bytes.
     */
    public static XMLInputFactory createJdk() {
        XMLInputFactory f = withStandardSafety(XMLInputFactory.newDefaultFactory());
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty("jdk.xml.cdataChunkSize", CDATA_CHUNK);
        return f;
    }

    /**
     * Sets what every StAX factory understands: no DTD, no external entity, no entity replacement, no validation, not
     * coalescing (a long text arrives in segments, never whole), not namespace aware (JUnit XML has no namespaces;
     * an unbound prefix is then not fatal), and a resolver that refuses every external entity.
     */
    static XMLInputFactory withStandardSafety(XMLInputFactory f) {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}

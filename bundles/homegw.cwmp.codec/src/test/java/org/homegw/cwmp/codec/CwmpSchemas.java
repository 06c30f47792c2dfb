package org.homegw.cwmp.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Loads the BBF CWMP schemas from the reference kit ({@code homegw.bbf.dir}, default
 * {@code ../shared/bbf}) fully offline: the SOAP 1.1 envelope/encoding imports resolve to our
 * minimal stand-ins under {@code src/test/resources/org/homegw/cwmp/codec/soap/}, and the BBF
 * absolute URLs used by cwmp-1-3/1-4 ({@code http://www.broadband-forum.org/cwmp/...}) to the
 * kit's local files. Any other URL fails the load, so nothing is fetched from the network.
 */
final class CwmpSchemas {
    private static final String BBF_URL = "://www.broadband-forum.org/cwmp/";

    private CwmpSchemas() {
    }

    /** The kit's schema directory, or null when the kit is not present. */
    static Path schemaDir() {
        String dir = System.getProperty("homegw.bbf.dir", "../../../shared/bbf");
        Path schemas = Paths.get(dir, "schemas").normalize();
        return Files.isRegularFile(schemas.resolve("cwmp-1-2.xsd")) ? schemas : null;
    }

    static Schema load(Path schemaDir, String file) throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setResourceResolver(new Resolver(schemaDir));
        Path xsd = schemaDir.resolve(file);
        return factory.newSchema(new StreamSource(xsd.toUri().toString()));
    }

    /** Maps the schema imports and includes to local files. */
    private static final class Resolver implements LSResourceResolver {
        private final Path schemaDir;
        private final DOMImplementationLS ls;

        Resolver(Path schemaDir) {
            this.schemaDir = schemaDir;
            try {
                ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            String location = systemId != null ? systemId : namespace;
            InputStream in;
            try {
                if (location.startsWith("http://schemas.xmlsoap.org/soap/envelope")) {
                    in = CwmpSchemas.class.getResourceAsStream("soap/soap-envelope.xsd");
                } else if (location.startsWith("http://schemas.xmlsoap.org/soap/encoding")) {
                    in = CwmpSchemas.class.getResourceAsStream("soap/soap-encoding.xsd");
                } else if (location.contains(BBF_URL)) {
                    String file = location.substring(location.indexOf(BBF_URL) + BBF_URL.length());
                    in = Files.newInputStream(schemaDir.resolve(file));
                } else if (location.startsWith("file:")) {
                    return null; // local file: let the parser read it
                } else {
                    throw new IllegalStateException("schema wants an unmapped location: " + location);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LSInput input = ls.createLSInput();
            input.setByteStream(in);
            input.setSystemId(location);
            input.setPublicId(publicId);
            input.setBaseURI(baseUri);
            return input;
        }
    }

    static String w3cSchemaLanguage() {
        return XMLConstants.W3C_XML_SCHEMA_NS_URI;
    }
}

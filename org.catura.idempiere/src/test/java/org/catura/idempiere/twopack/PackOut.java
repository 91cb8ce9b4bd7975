package org.catura.idempiere.twopack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The 2Pack's PackOut.xml as the tests read it: rows by table, each a map of column to value. */
final class PackOut {

    static final Path SOURCE = Path.of("src/main/2pack/org.catura.idempiere_1.0.0/dict/PackOut.xml");

    /** One record of the pack: its table (the element name) and its columns' values and references. */
    record Row(String table, Map<String, String> values, Map<String, String> references) {
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private final Element root;

    private PackOut(Element root) {
        this.root = root;
    }

    static PackOut read(InputStream in) throws IOException {
        try {
            return new PackOut(parser().parse(in).getDocumentElement());
        } catch (SAXException e) {
            throw new IOException("PackOut.xml is not well-formed: " + e.getMessage(), e);
        }
    }

    static PackOut source() throws IOException {
        try (InputStream in = Files.newInputStream(SOURCE)) {
            return read(in);
        }
    }

    Element root() {
        return root;
    }

    /** Every record of {@code table}, at any depth, in document order. */
    List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(table);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (!"table".equals(e.getAttribute("type"))) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> references = new LinkedHashMap<>();
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element child && child.getAttribute("type").isEmpty()) {
                    values.put(child.getTagName(), child.getTextContent().strip());
                    if (!child.getAttribute("reference").isEmpty()) {
                        references.put(child.getTagName(), child.getAttribute("reference"));
                    }
                }
            }
            rows.add(new Row(table, values, references));
        }
        return rows;
    }

    /** A parser that reads no DTD and resolves no entity: the file is data. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No safe XML parser: " + e.getMessage(), e);
        }
    }

}

package org.catura.p2site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.tukaani.xz.XZInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A built p2 repository as the director sees it: its IUs, read from the metadata, and its bundle jars. */
final class P2Site {

    /** One installable unit of the site's metadata. */
    record Unit(String id, String version, List<Capability> provides, List<Requirement> requires,
            Optional<String> configure) {
    }

    private final Path repository;

    P2Site(Path repository) {
        this.repository = repository;
    }

    List<Unit> units() {
        Element root = metadata().getDocumentElement();
        List<Unit> units = new ArrayList<>();
        for (Element unit : children(root, "units").stream().flatMap(u -> children(u, "unit").stream()).toList()) {
            units.add(unit(unit));
        }
        return units;
    }

    /** Bundle symbolic name to its manifest, for every bundle jar under {@code plugins/}. */
    Map<String, Manifest> bundleManifests() {
        Map<String, Manifest> manifests = new TreeMap<>();
        try (Stream<Path> jars = Files.list(repository.resolve("plugins"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Manifest manifest = file.getManifest();
                    String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                    manifests.put(symbolicName.split(";")[0].strip(), manifest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundles of " + repository, e);
        }
        return manifests;
    }

    private Unit unit(Element unit) {
        String id = unit.getAttribute("id");
        List<Capability> provides = new ArrayList<>();
        for (Element provided : descendants(unit, "provides", "provided")) {
            Map<String, Object> properties = new HashMap<>();
            for (Element property : descendants(provided, "properties", "property")) {
                properties.put(property.getAttribute("name"), "List".equals(property.getAttribute("type"))
                        ? List.of(property.getAttribute("value").split(",")) : property.getAttribute("value"));
            }
            provides.add(new Capability(provided.getAttribute("namespace"), provided.getAttribute("name"),
                    Version.parseVersion(provided.getAttribute("version")), properties));
        }
        List<Requirement> requires = new ArrayList<>();
        for (Element required : children(unit, "requires").stream().flatMap(r -> children(r).stream()).toList()) {
            if ("true".equals(required.getAttribute("optional")) || "0".equals(required.getAttribute("min"))) {
                continue;
            }
            String namespace = required.getAttribute("namespace");
            if (required.getTagName().equals("requiredProperties")) {
                requires.add(new Requirement(id, namespace, null, null, filter(required.getAttribute("match"))));
            } else {
                requires.add(new Requirement(id, namespace, required.getAttribute("name"),
                        VersionRange.valueOf(required.getAttribute("range")), null));
            }
        }
        Optional<String> configure = descendants(unit, "touchpointData", "instructions").stream()
                .flatMap(i -> children(i, "instruction").stream())
                .filter(i -> i.getAttribute("key").equals("configure"))
                .map(i -> i.getTextContent().strip()).findFirst();
        return new Unit(id, unit.getAttribute("version"), provides, requires, configure);
    }

    private static org.osgi.framework.Filter filter(String match) {
        try {
            return FrameworkUtil.createFilter(match);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("Unreadable requirement filter in the site's metadata: " + match, e);
        }
    }

    /** content.xml, or the same inside content.jar or content.xml.xz, as p2 writes it when compressing. */
    private Document metadata() {
        try {
            Path xml = repository.resolve("content.xml");
            if (Files.exists(xml)) {
                try (InputStream in = Files.newInputStream(xml)) {
                    return parse(in);
                }
            }
            Path xz = repository.resolve("content.xml.xz");
            if (Files.exists(xz)) {
                try (InputStream in = new XZInputStream(Files.newInputStream(xz))) {
                    return parse(in);
                }
            }
            Path jar = repository.resolve("content.jar");
            if (Files.exists(jar)) {
                try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry("content.xml"))) {
                    return parse(in);
                }
            }
            throw new IllegalStateException("No content.xml, content.xml.xz or content.jar in " + repository
                    + ": build the site first (./mvnw -pl p2-site -am verify)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the metadata of " + repository, e);
        }
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // p2 metadata has no DTD: refuse one, and with it any external entity
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The site's metadata is not readable p2 XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> descendants(Element parent, String container, String child) {
        return children(parent, container).stream().flatMap(c -> children(c, child).stream()).toList();
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}

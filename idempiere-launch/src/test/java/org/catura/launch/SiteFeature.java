package org.catura.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The production feature of the built p2 site ({@code p2-site/target/repository}): its
 * {@code feature.xml} names the plugins, the site's {@code plugins/} holds them. A bundle added
 * to the feature is launched without touching the test.
 */
final class SiteFeature {

    static final String FEATURE_ID = "org.catura.feature";

    private static final Pattern START_LEVEL = Pattern.compile("setStartLevel\\(startLevel:(\\d+)\\)");
    private static final Pattern MARK_STARTED = Pattern.compile("markStarted\\(started:true\\)");

    private SiteFeature() {
    }

    static List<FeatureBundle> bundles(Path repository) {
        Path feature = featureJar(repository);
        List<FeatureBundle> bundles = new ArrayList<>();
        try (JarFile jar = new JarFile(feature.toFile())) {
            var entry = jar.getEntry("feature.xml");
            if (entry == null) {
                throw new IllegalStateException(feature + " has no feature.xml");
            }
            NodeList plugins;
            try (InputStream in = jar.getInputStream(entry)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                plugins = factory.newDocumentBuilder().parse(in).getElementsByTagName("plugin");
            }
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                String id = plugin.getAttribute("id");
                String version = plugin.getAttribute("version");
                Path bundle = repository.resolve("plugins").resolve(id + "_" + version + ".jar");
                if (!Files.isRegularFile(bundle)) {
                    throw new IllegalStateException("The feature names " + id + " " + version
                            + " but the site has no " + bundle + "; rebuild p2-site");
                }
                bundles.add(startInstructions(id, version, bundle));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + feature, e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot parse feature.xml of " + feature + ": " + e.getMessage(), e);
        }
        return bundles;
    }

    private static Path featureJar(Path repository) {
        Path features = repository.resolve("features");
        try (Stream<Path> files = Files.list(features)) {
            return files.filter(f -> f.getFileName().toString().startsWith(FEATURE_ID + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + FEATURE_ID + " in " + features));
        } catch (IOException e) {
            throw new UncheckedIOException("No p2 site at " + repository
                    + "; build p2-site first (the reactor's verify does)", e);
        }
    }

    /** What the p2 touchpoint would do with the bundle: its p2.inf's setStartLevel and markStarted. */
    private static FeatureBundle startInstructions(String id, String version, Path bundle) throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            var p2inf = jar.getEntry("META-INF/p2.inf");
            if (p2inf == null) {
                return new FeatureBundle(id, version, bundle, OptionalInt.empty(), false);
            }
            String text;
            try (InputStream in = jar.getInputStream(p2inf)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher level = START_LEVEL.matcher(text);
            OptionalInt startLevel = level.find() ? OptionalInt.of(Integer.parseInt(level.group(1))) : OptionalInt.empty();
            return new FeatureBundle(id, version, bundle, startLevel, MARK_STARTED.matcher(text).find());
        }
    }
}

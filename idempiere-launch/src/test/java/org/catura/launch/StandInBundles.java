package org.catura.launch;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Builds the stand-ins for iDempiere's own bundles with bnd: the classes and the
 * {@code bundles/*.bnd} descriptions of sandbox-idempiere (org.catura.sandbox.idempiere on the
 * test class path), one bundle per description.
 */
final class StandInBundles {

    /** The descriptions in sandbox-idempiere/src/main/resources/bundles. */
    static final List<String> NAMES = List.of("org.adempiere.base", "org.adempiere.base.callout",
            "org.adempiere.plugin.utils", "org.eclipse.jetty.servlet-api.capability");

    private StandInBundles() {
    }

    static List<Path> build(Path into) {
        File classes = location("/bundles/" + NAMES.get(0) + ".bnd", 2);
        // org.adempiere.base's own API (IProcessFactory) comes from the compile-only API jar the plugins build against
        File api = location("/org/adempiere/base/IProcessFactory.class", 3);
        List<Path> bundles = new ArrayList<>();
        try {
            Files.createDirectories(into);
            for (String name : NAMES) {
                bundles.add(build(name, classes, api, into.resolve(name + ".jar")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the stand-in bundles to " + into, e);
        }
        return bundles;
    }

    private static Path build(String name, File classes, File api, Path target) throws IOException {
        Properties description = new Properties();
        try (InputStream in = StandInBundles.class.getResourceAsStream("/bundles/" + name + ".bnd")) {
            if (in == null) {
                throw new IllegalStateException("No bundles/" + name + ".bnd on the class path (sandbox-idempiere)");
            }
            description.load(in);
        }
        try (Builder builder = new Builder(); Jar from = new Jar(classes); Jar apiJar = new Jar(api)) {
            builder.setProperties(description);
            builder.addClasspath(from);
            builder.addClasspath(apiJar);
            Jar bundle = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new IllegalStateException("bnd cannot build the stand-in " + name + ": " + builder.getErrors());
            }
            bundle.write(target.toFile());
            return target;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("bnd cannot build the stand-in " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The jar holding {@code resource}, or its classes folder ({@code depth} folders up) when Maven hands that to
     * the test.
     */
    private static File location(String resource, int depth) {
        URL description = StandInBundles.class.getResource(resource);
        if (description == null) {
            throw new IllegalStateException(resource + " is not on the test class path (sandbox-idempiere)");
        }
        try {
            if ("jar".equals(description.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) description.openConnection();
                return new File(connection.getJarFileURL().toURI());
            }
            File folder = new File(description.toURI());
            for (int i = 0; i < depth; i++) {
                folder = folder.getParentFile();
            }
            return folder;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot locate sandbox-idempiere from " + description, e);
        }
    }
}

package org.catura.launch;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catura.launch.probe.TwoPackProbe;

/** A plugin bundle with three 2Packs and an activator extending Incremental2PackActivator, built with bnd. */
final class TwoPackProbeBundle {

    static final String NAME = "org.catura.launch.probe";
    /** In version order: 1.0.10 sorts after 1.0.2, not as text. */
    static final List<String> ARCHIVES = List.of("2Pack_1.0.0.zip", "2Pack_1.0.2.zip", "2Pack_1.0.10.zip");

    private TwoPackProbeBundle() {
    }

    static Path build(Path into) throws Exception {
        File classes = new File(TwoPackProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(into);
        Path target = into.resolve(NAME + ".jar");
        try (Builder builder = new Builder(); Jar from = new Jar(classes)) {
            builder.setProperty("Bundle-SymbolicName", NAME);
            builder.setProperty("Bundle-Version", "1.0.10");
            builder.setProperty("Bundle-Activator", TwoPackProbe.class.getName());
            builder.setProperty("Private-Package", TwoPackProbe.class.getPackageName());
            builder.setProperty("Import-Package", "*");
            // the stand-in only finds and sorts the archives; their content is never read here
            builder.setProperty("-includeresource", String.join(",", ARCHIVES.stream()
                    .map(a -> "META-INF/" + a + ";literal='not read by the stand-in'").toList()));
            builder.addClasspath(from);
            Jar bundle = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new IllegalStateException("bnd cannot build the 2Pack probe: " + builder.getErrors());
            }
            bundle.write(target.toFile());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the test classes", e);
        }
        return target;
    }
}

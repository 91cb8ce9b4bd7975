package org.catura.p2site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Version;

/** What an iDempiere server provides to the plugins installed into it: {@code idempiere-provides.txt}. */
final class IdempierePlatform {

    private static final String RESOURCE = "/idempiere-provides.txt";

    static List<Capability> capabilities() {
        List<Capability> capabilities = new ArrayList<>();
        try (InputStream in = IdempierePlatform.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s+");
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ":" + number
                            + ": expected <namespace> <name> <version>, found: " + line);
                }
                capabilities.add(new Capability(fields[0], fields[1], Version.parseVersion(fields[2]), Map.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return capabilities;
    }

    private IdempierePlatform() {
    }
}

package org.catura.idempiere.twopack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every AD_SysConfig key the iDempiere bundles read ships in the 2Pack with a System value and a
 * description, so an administrator finds it in the System Configurator window instead of in our
 * sources; and the pack ships no key nobody reads.
 */
class SysConfigKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(CATURA_[A-Z_]+)\"");
    private static final Path[] READERS = {Path.of("src/main/java"), Path.of("../org.catura.erp.adempiere/src/main/java")};

    /** Keys whose absence is their default, which AD_SysConfig (Value is mandatory) cannot ship. */
    private static final Set<String> NOT_SHIPPED = Set.of("CATURA_LOCAL_VAT_COUNTRIES");

    @Test
    void everyKeyTheCodeReadsShipsWithAValueAndADescriptionAndNoOtherDoes() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Path root : READERS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        read.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(read.contains("CATURA_CLIENT_ID") && read.contains("CATURA_ORG_ID"), "the scan found " + read);
        read.removeAll(NOT_SHIPPED);

        Map<String, String> shipped = new TreeMap<>();
        for (PackOut.Row row : PackOut.source().rows("AD_SysConfig")) {
            String name = row.values().get("Name");
            assertTrue(!row.values().get("Value").isEmpty() && !row.values().get("Description").isEmpty(),
                    name + " needs a value and a description");
            shipped.put(name, row.values().get("ConfigurationLevel"));
        }
        assertEquals(read, shipped.keySet());
        assertEquals("S", shipped.get("CATURA_CLIENT_ID"), "the node's tenant is a System setting");
    }
}

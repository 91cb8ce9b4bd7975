package org.catura.idempiere.twopack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The archive Incremental2PackActivator applies: META-INF/2Pack_1.0.0.zip holding
 * {@code <name>/dict/PackOut.xml} as written in src/main/2pack, in the shape PackIn reads.
 */
class TwoPackArchiveTest {

    private static final Path ARCHIVE = Path.of("target/classes/META-INF/2Pack_1.0.0.zip");

    @Test
    void theArchiveHoldsTheReviewedPackOutXmlUnderItsName() throws IOException {
        try (ZipFile zip = new ZipFile(ARCHIVE.toFile())) {
            List<String> names = zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
            assertEquals(List.of("org.catura.idempiere_1.0.0/dict/PackOut.xml"), names);
            try (InputStream in = zip.getInputStream(zip.getEntry(names.get(0)))) {
                assertArrayEquals(Files.readAllBytes(PackOut.SOURCE), in.readAllBytes(),
                        "the zipped PackOut.xml differs from src/main/2pack: rebuild");
            }
        }
    }

    @Test
    void theRootSaysWhoWroteItTheWayPackOutDoes() throws IOException {
        Element root = PackOut.source().root();
        assertEquals("idempiere", root.getTagName());
        assertEquals("1.0.0", root.getAttribute("Version"));
        assertEquals("100", root.getAttribute("PackOutVersion"));
        assertEquals("0-SYSTEM-System", root.getAttribute("Client"));
    }

    @Test
    void everyUuidReferenceNamesARecordOfThePack() throws IOException {
        Element root = PackOut.source().root();
        Set<String> uuids = new HashSet<>();
        List<String[]> references = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().endsWith("_UU") && !e.getTextContent().isBlank()) {
                assertTrue(uuids.add(e.getTextContent().strip()), "UUID used twice: " + e.getTextContent());
            }
            if ("uuid".equals(e.getAttribute("reference"))) {
                references.add(new String[] {e.getTagName(), e.getAttribute("reference-key"), e.getTextContent().strip()});
            }
        }
        List<String> dangling = references.stream().filter(r -> !uuids.contains(r[2]))
                .map(r -> r[0] + " -> " + r[1] + " " + r[2]).toList();
        assertEquals(List.of(), dangling);
        assertTrue(references.size() > 100, references.size() + " uuid references: read the wrong file?");
    }

    @Test
    void everyRecordBelongsToTheCaturaEntityType() throws IOException {
        PackOut pack = PackOut.source();
        List<String> foreign = new ArrayList<>();
        for (String table : List.of("AD_Element", "AD_Reference", "AD_Ref_List", "AD_Table", "AD_Column", "AD_Window",
                "AD_Tab", "AD_Field", "AD_Menu", "AD_Process", "AD_Process_Para", "AD_SysConfig", "AD_Message")) {
            pack.rows(table).stream().filter(r -> !"CAT".equals(r.get("EntityType")))
                    .forEach(r -> foreign.add(table + " " + r.values()));
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void theChannelWindowShowsNoSealedSecretAndTheRowVersionReadOnly() throws IOException {
        PackOut pack = PackOut.source();
        Set<String> secretColumns = new HashSet<>();
        String rowVersion = null;
        for (PackOut.Row c : pack.rows("AD_Column")) {
            if (c.get("ColumnName").endsWith("Sealed")) {
                secretColumns.add(c.get("AD_Column_UU"));
            }
            if (c.get("ColumnName").equals("RowVersion")) {
                rowVersion = c.get("AD_Column_UU");
            }
        }
        // the channel's client secret and refresh token; the carrier's transmission secret, API key and return secret
        assertEquals(5, secretColumns.size());
        String rowVersionColumn = rowVersion;
        assertTrue(pack.rows("AD_Field").stream().noneMatch(f -> secretColumns.contains(f.get("AD_Column_ID"))));
        assertEquals(List.of("Y"), pack.rows("AD_Field").stream()
                .filter(f -> f.get("AD_Column_ID").equals(rowVersionColumn)).map(f -> f.get("IsReadOnly")).toList());
    }
}

package org.catura.erp.adempiere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle must run on iDempiere although it is compiled against ADempiere: its classes may
 * refer only to the ERP packages both share (org.compiere.model/util/process), and never to
 * classes only one of them has. Checked on the compiled bytecode's constant pools.
 */
class ErpReferencesTest {

    private static final List<String> FORBIDDEN = List.of(
            "org/adempiere/core/domains/", // ADempiere's generated X_/I_ classes
            "org/adempiere/exceptions/", "org/adempiere/model/", "org/adempiere/engine/",
            "org/adempiere/base/", // iDempiere only
            "org/eevolution/", "org/spin/", "io/vavr/",
            "org/compiere/model/MStorage;", "org/compiere/model/MStorageOnHand;",
            "org/compiere/model/MStorage\u0001", "org/compiere/model/MStorageOnHand\u0001");

    @Test
    void compiledClassesReferOnlyToSharedErpPackages() throws IOException {
        Path classes = Path.of("target/classes/org/catura/erp/adempiere");
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String f : FORBIDDEN) {
                    if (text.contains(f) || text.contains(f.replace('/', '.'))) {
                        offences.add(classes.relativize(p) + " refers to " + f);
                    }
                }
                if (text.contains("org/compiere/model/MStorage") && !text.contains("org/compiere/model/MStorageOnHand")) {
                    offences.add(classes.relativize(p) + " refers to MStorage (ADempiere only)");
                }
            }
        }
        assertTrue(scanned > 20, "scanned " + scanned + " classes");
        assertEquals(List.of(), offences);
    }

    @Test
    void columnWritesAreCheckedNeverTheSilentSetValueOfColumn() throws IOException {
        // set_ValueOfColumn drops a refused write silently; set_ValueOfColumnReturningBoolean answers false.
        // A constant-pool name is length-prefixed: 0x0011 is the 17 characters of the unchecked one.
        String unchecked = "\u0000\u0011set_ValueOfColumn";
        List<String> offences = new ArrayList<>();
        Path classes = Path.of("target/classes/org/catura/erp/adempiere");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(unchecked)) {
                    offences.add(classes.relativize(p).toString());
                }
            }
        }
        assertEquals(List.of(), offences, "classes calling PO.set_ValueOfColumn instead of Session.apply/set");
        String session = new String(Files.readAllBytes(classes.resolve("model/Session.class")),
                StandardCharsets.ISO_8859_1);
        assertTrue(session.contains("set_ValueOfColumnReturningBoolean"));
    }

    @Test
    void theGlueUsesTheErpAtAll() throws IOException {
        // Guards the test above against scanning the wrong folder or an empty build.
        String text = new String(Files.readAllBytes(
                Path.of("target/classes/org/catura/erp/adempiere/model/AdempiereSalesOrders.class")),
                StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("org/compiere/model/MOrder"));
    }
}

package org.catura.idempiere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.catura.testing.BytecodeReferences;
import org.junit.jupiter.api.Test;

/**
 * This bundle is compiled against ADempiere and the hand-written iDempiere API but runs on
 * iDempiere: every org/compiere and org/adempiere member its bytecode refers to must be one looked
 * up in iDempiere's sources, listed in org.catura.erp.adempiere's idempiere-api-members(-added).tsv.
 */
class IdempiereMembersTest {

    private static final Path LISTS = Path.of("../org.catura.erp.adempiere/src/test/resources");

    @Test
    void everyErpMemberTheBytecodeCallsWasLookedUpInIdempiere() throws IOException {
        Set<String> known = new TreeSet<>();
        known.addAll(members(LISTS.resolve("idempiere-api-members.tsv")));
        known.addAll(members(LISTS.resolve("idempiere-api-members-added.tsv")));
        Set<String> referenced = BytecodeReferences.members(Path.of("target/classes/org/catura/idempiere"),
                "org/compiere/", "org/adempiere/");
        assertTrue(referenced.size() > 20, referenced.size() + " references: scanned the wrong folder?");
        List<String> unknown = referenced.stream().filter(m -> !known.contains(m)).toList();
        assertEquals(List.of(), unknown, "members not looked up in iDempiere: add each to "
                + "org.catura.erp.adempiere/src/test/resources/idempiere-api-members-added.tsv");
    }

    private static Set<String> members(Path file) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                out.add(f[0] + "\t" + f[1] + "\t" + f[2]);
            }
        }
        return out;
    }
}

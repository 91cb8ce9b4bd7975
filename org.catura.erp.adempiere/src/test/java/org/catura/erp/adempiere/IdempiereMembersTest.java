package org.catura.erp.adempiere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.catura.testing.BytecodeReferences;
import org.junit.jupiter.api.Test;

/**
 * The bundle is compiled against ADempiere but runs on iDempiere: every org/compiere method and
 * field its bytecode refers to must be one looked up in iDempiere's sources (release-12,
 * release-13, master) with the same descriptor. idempiere-api-members.tsv is the shared,
 * read-only list; idempiere-api-members-added.tsv holds the members called since, each with
 * where it is defined on the three branches. A new call fails here until its line is added.
 */
class IdempiereMembersTest {

    private static final Path CLASSES = Path.of("target/classes/org/catura/erp/adempiere");

    @Test
    void everyErpMemberTheBytecodeCallsWasLookedUpInIdempiere() throws IOException {
        Set<String> known = new TreeSet<>();
        known.addAll(members("/idempiere-api-members.tsv"));
        known.addAll(members("/idempiere-api-members-added.tsv"));
        Set<String> referenced = referencedErpMembers();
        assertTrue(referenced.size() > 200, referenced.size() + " references: scanned the wrong folder?");
        List<String> unknown = referenced.stream().filter(m -> !known.contains(m)).toList();
        assertEquals(List.of(), unknown,
                "org/compiere members not looked up in iDempiere: add each to idempiere-api-members-added.tsv");
    }

    @Test
    void everyAddedLineSaysWhereTheMemberIsOnAllThreeBranches() throws IOException {
        List<String> bad = new ArrayList<>();
        for (String line : lines("/idempiere-api-members-added.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 7 || !f[4].startsWith("OK ") || !f[5].startsWith("OK ") || !f[6].startsWith("OK ")) {
                bad.add(line);
            }
        }
        assertEquals(List.of(), bad);
    }

    /** owner, name and descriptor of every Fieldref/Methodref/InterfaceMethodref to org/compiere. */
    static Set<String> referencedErpMembers() throws IOException {
        return BytecodeReferences.members(CLASSES, "org/compiere/");
    }

    private static Set<String> members(String resource) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            out.add(f[0] + "\t" + f[1] + "\t" + f[2]);
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = IdempiereMembersTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}

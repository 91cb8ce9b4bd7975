package org.catura.testing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The fields and methods compiled classes refer to, read from their constant pools: for checks
 * that a bundle built against one ERP calls only members another ERP has too.
 */
public final class BytecodeReferences {

    private BytecodeReferences() {
    }

    /**
     * {@code owner<TAB>name<TAB>descriptor} of every Fieldref, Methodref and InterfaceMethodref in the
     * class files under {@code classes} whose owner (internal name, {@code org/compiere/…}) starts
     * with one of {@code ownerPrefixes}.
     */
    public static Set<String> members(Path classes, String... ownerPrefixes) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (String m : members(Files.readAllBytes(p))) {
                    for (String prefix : ownerPrefixes) {
                        if (m.startsWith(prefix)) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> members(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.skipBytes(8); // magic, minor, major
        int count = in.readUnsignedShort();
        int[] tag = new int[count];
        int[] a = new int[count];
        int[] b = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // takes two slots
                }
                case 7, 8, 16, 19, 20 -> a[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    a[i] = in.readUnsignedShort();
                    b[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.skipBytes(1);
                    a[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag[i]);
            }
        }
        List<String> members = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 9 || tag[i] == 10 || tag[i] == 11) {
                int nameAndType = b[i];
                members.add(utf8[a[a[i]]] + "\t" + utf8[a[nameAndType]] + "\t" + utf8[b[nameAndType]]);
            }
        }
        return members;
    }
}

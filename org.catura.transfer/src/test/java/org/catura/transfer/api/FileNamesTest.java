package org.catura.transfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void plainFileNamesPass() {
        for (String name : new String[] {"ORDERS_20261201.edi", "Rechnung 10001.pdf", "tracking-1Z.csv", "über.txt",
                ".hidden"}) {
            assertTrue(FileNames.isSafe(name), name);
        }
    }

    @Test
    void namesThatLeaveTheFolderOrHideControlCharactersAreRefused() {
        for (String name : new String[] {"..", ".", "../etc/passwd", "a/b.csv", "a\\b.csv", "..\\x", "x..y",
                "line\nbreak.csv", "nul\u0000.csv", "esc\u001b[31m.csv", "C:evil", "", " padded.csv",
                "x".repeat(256)}) {
            assertFalse(FileNames.isSafe(name), name);
        }
    }

    @Test
    void theRefusalShowsTheNameWithControlCharactersEscaped() {
        UnsafeFileNameException e = assertThrows(UnsafeFileNameException.class,
                () -> FileNames.requireSafe("evil\r\nINFO forged log line"));
        assertEquals("File name 'evil\\u000d\\u000aINFO forged log line' is refused: it contains a control character",
                e.getMessage());
    }

    @Test
    void aFileToSendMustHaveAPlainName() {
        assertThrows(UnsafeFileNameException.class, () -> new TransferFile("../x.csv", "text/csv", new byte[0]));
    }
}

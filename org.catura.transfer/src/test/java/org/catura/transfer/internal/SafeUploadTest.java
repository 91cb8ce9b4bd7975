package org.catura.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catura.transfer.api.FileNames;
import org.junit.jupiter.api.Test;

class SafeUploadTest {

    @Test
    void theTemporaryNameOfASafeNameIsSafeEvenWhenTheNameEndsInADot() {
        assertTrue(FileNames.isSafe("report."), "a name may end in a dot");
        for (String name : new String[] {"report.", "labels-7.pdf", ".profile."}) {
            if (!FileNames.isSafe(name)) {
                continue;
            }
            String temporary = SafeUpload.temporaryName("key-1", name);
            assertTrue(FileNames.isSafe(temporary), name + " -> " + temporary);
            assertFalse(temporary.contains(".."), name + " -> " + temporary);
        }
    }
}

package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The password from standard input, as a script pipes it in (no terminal: no console). */
class PasswordInputTest {

    private static String read(String stdin) {
        return PasswordInput.read(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), "anna");
    }

    @Test
    void theFirstLineIsThePasswordWithItsSpacesAndWithoutTheLineEnd() {
        assertEquals(" correct horse ", read(" correct horse \r\nsecond line\n"));
        assertEquals("päßwörd-ohne-Zeilenende", read("päßwörd-ohne-Zeilenende"));
    }

    @Test
    void noInputOrAnEmptyFirstLineIsRefusedWithWhatToDo() {
        for (String stdin : new String[] {"", "\n", "\nlater"}) {
            UsageException e = assertThrows(UsageException.class, () -> read(stdin));
            assertTrue(e.getMessage().startsWith("No password for 'anna' on standard input: pipe it in"),
                    e.getMessage());
        }
    }
}

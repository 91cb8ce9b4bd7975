package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Passwords and secrets from standard input, as a script pipes them in (no terminal: no console). */
class SecretInputTest {

    private static SecretInput piped(String stdin) {
        return new SecretInput(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(String stdin) {
        return UsersCommand.OnUsers.password(piped(stdin), "anna");
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

    @Test
    void eachSecretIsTheNextLine() {
        SecretInput input = piped("first secret\nAtzr|second\n");
        assertEquals("first secret", input.next("LWA client secret", false, "missing"));
        assertEquals("Atzr|second", input.next("LWA refresh token", false, "missing"));
        UsageException e = assertThrows(UsageException.class, () -> input.next("third", false, "no third line"));
        assertEquals("no third line", e.getMessage());
    }
}

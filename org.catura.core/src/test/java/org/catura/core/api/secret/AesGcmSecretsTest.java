package org.catura.core.api.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretsTest {

    @Test
    void sealsSoThatOnlyTheSameKeyOpensAndTheTextNeverShowsTheSecret(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("keys/secret.key");
        AesGcmSecrets secrets = AesGcmSecrets.fromKeyFile(keyFile);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));

        String sealed = secrets.seal("Atzr|refresh-token-123");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("refresh-token"));
        assertNotEquals(sealed, secrets.seal("Atzr|refresh-token-123"), "a fresh nonce each time");
        assertEquals("Atzr|refresh-token-123", secrets.open(sealed));
        assertEquals("Atzr|refresh-token-123", AesGcmSecrets.fromKeyFile(keyFile).open(sealed), "key file reused");

        AesGcmSecrets other = AesGcmSecrets.fromKeyFile(dir.resolve("other.key"));
        SecretException wrongKey = assertThrows(SecretException.class, () -> other.open(sealed));
        assertFalse(wrongKey.getMessage().contains("refresh"));
        String altered = sealed.substring(0, sealed.length() - 4) + "AAA=";
        assertThrows(SecretException.class, () -> secrets.open(altered));
        assertThrows(SecretException.class, () -> secrets.open("plain text"));
    }
}

package org.catura.core.api.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link Secrets} with AES-256-GCM. A sealed value is {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag);
 * a fresh random nonce each time, so sealing the same secret twice gives different text.
 */
public final class AesGcmSecrets implements Secrets {

    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecrets(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secrets key must be 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The key in {@code file} (Base64), created with a new random key, readable by the owner
     * only, when it does not exist yet.
     */
    public static AesGcmSecrets fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's protection has to do
                }
            }
            return new AesGcmSecrets(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException | IllegalArgumentException e) {
            throw new SecretException("Cannot use the secrets key file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new SecretException("Cannot seal a secret: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new SecretException("Not a sealed secret", null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), java.nio.charset.StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretException("A stored secret cannot be opened: wrong key file or altered value", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "AesGcmSecrets[key hidden]";
    }

}

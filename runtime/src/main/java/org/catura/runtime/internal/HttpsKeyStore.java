package org.catura.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * The key store {@code catura run} serves HTTPS with ({@code http.tls.keyStore}): PKCS#12 or JKS,
 * holding the server's private key and certificate chain, the key under the store's password.
 * Opened once while the configuration is read, so a wrong path or password is named at once
 * rather than found by Jetty in a log line after start.
 */
record HttpsKeyStore(Path file, String password, String type) {

    /** Null when {@code path} is blank: no TLS. */
    static HttpsKeyStore of(String path, String password, String source) {
        if (path == null || path.isBlank()) {
            if (password != null && !password.isBlank()) {
                throw new UsageException("'" + RunConfiguration.HTTP_TLS_KEY_STORE_PASSWORD + "' is set in " + source
                        + " but '" + RunConfiguration.HTTP_TLS_KEY_STORE + "' is not: name the key store too");
            }
            return null;
        }
        Path file = Path.of(path.strip()).toAbsolutePath();
        String where = "'" + RunConfiguration.HTTP_TLS_KEY_STORE + "' in " + source;
        if (!Files.isReadable(file)) {
            throw new UsageException("Bad value for " + where + ": cannot read the key store " + file);
        }
        if (password == null || password.isEmpty()) {
            throw new UsageException("Missing key '" + RunConfiguration.HTTP_TLS_KEY_STORE_PASSWORD + "' in " + source
                    + ": the password of the key store " + file);
        }
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password.toCharArray());
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new UsageException("Bad value for " + where + ": the key store " + file
                        + " holds no private key; create one with  keytool -genkeypair -keystore " + file
                        + " -storetype PKCS12 -keyalg EC -alias catura -dname CN=<host name>");
            }
            return new HttpsKeyStore(file, password, store.getType());
        } catch (IOException | GeneralSecurityException e) {
            throw new UsageException("Cannot open the key store " + file + " (" + where + ") with '"
                    + RunConfiguration.HTTP_TLS_KEY_STORE_PASSWORD + "': " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "HttpsKeyStore[" + file + ", " + type + "]";
    }
}

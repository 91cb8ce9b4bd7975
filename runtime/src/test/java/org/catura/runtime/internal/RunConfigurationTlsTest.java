package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web server's keys of {@code catura run}: TLS, Secure cookies, and the plain-HTTP warning. */
class RunConfigurationTlsTest {

    @TempDir
    Path dir;

    static Properties base(String... pairs) {
        Properties p = new Properties();
        p.setProperty("database.url", "jdbc:postgresql://localhost:5432/catura");
        p.setProperty("database.user", "catura");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    /** A PKCS#12 key store with a self-signed key, made by the JDK's keytool. */
    static Path keyStore(Path dir, String password) throws Exception {
        Path file = dir.resolve("https.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", password,
                "-keyalg", "EC", "-alias", "catura", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return file;
    }

    @Test
    void aHostBeyondThisMachineInPlainHttpGetsOneWarningLine() {
        RunConfiguration open = RunConfiguration.parse(base("http.host", "0.0.0.0"), "shop.properties");
        String warning = open.plainHttpWarning().orElseThrow();
        assertEquals("Warning: the web UI listens on 0.0.0.0:8080 in plain HTTP; passwords and session cookies"
                + " cross the network unencrypted. Set http.tls.keyStore (catura serves HTTPS) or put a TLS reverse"
                + " proxy in front and set http.secureCookie=true.", warning);
        assertFalse(warning.contains("\n"));
        for (String host : new String[] {"127.0.0.1", "localhost", "::1"}) {
            assertTrue(RunConfiguration.parse(base("http.host", host), "x").plainHttpWarning().isEmpty(), host);
        }
        assertTrue(RunConfiguration.parse(base("http.host", "0.0.0.0", "http.port", "0"), "x").plainHttpWarning()
                .isEmpty(), "the web UI is off");
    }

    @Test
    void behindAProxyTheSecureCookieSilencesTheWarningAndMarksTheCookie() {
        RunConfiguration proxied = RunConfiguration.parse(base("http.host", "10.0.0.5", "http.secureCookie", "true"),
                "x");
        assertTrue(proxied.secureCookie());
        assertTrue(proxied.plainHttpWarning().isEmpty());
        assertFalse(RunConfiguration.parse(base(), "x").secureCookie());
        UsageException bad = assertThrows(UsageException.class,
                () -> RunConfiguration.parse(base("http.secureCookie", "yes"), "shop.properties"));
        assertEquals("Bad value for 'http.secureCookie' in shop.properties: 'yes' is neither true nor false",
                bad.getMessage());
    }

    @Test
    void aKeyStoreServesHttpsThroughFelixJettysOwnProperties() throws Exception {
        Path store = keyStore(dir, "store-secret-1");
        RunConfiguration tls = RunConfiguration.parse(base("http.host", "0.0.0.0", "http.port", "8443",
                "http.tls.keyStore", store.toString(), "http.tls.keyStorePassword", "store-secret-1"), "x");
        assertTrue(tls.plainHttpWarning().isEmpty());
        assertTrue(tls.secureCookie(), "over TLS the cookie is Secure");
        assertEquals("PKCS12", tls.httpsKeyStore().type());
        Hashtable<String, Object> http = WebServer.https(tls.httpHost(), tls.httpPort(), tls.httpsKeyStore());
        assertEquals(Boolean.FALSE, http.get("org.apache.felix.http.enable"));
        assertEquals(Boolean.TRUE, http.get("org.apache.felix.https.enable"));
        assertEquals(8443, http.get("org.osgi.service.http.port.secure"));
        assertEquals(store.toAbsolutePath().toString(), http.get("org.apache.felix.https.keystore"));
        assertEquals("store-secret-1", http.get("org.apache.felix.https.keystore.password"));
        assertFalse(tls.httpsKeyStore().toString().contains("store-secret-1"), "the password is never printed");
    }

    @Test
    void aMissingOrWrongKeyStoreIsNamedBeforeStart() throws Exception {
        Path store = keyStore(dir, "store-secret-1");
        UsageException wrong = assertThrows(UsageException.class, () -> RunConfiguration.parse(base(
                "http.tls.keyStore", store.toString(), "http.tls.keyStorePassword", "not-it"), "shop.properties"));
        assertTrue(wrong.getMessage().startsWith("Cannot open the key store " + store.toAbsolutePath()
                + " ('http.tls.keyStore' in shop.properties) with 'http.tls.keyStorePassword'"), wrong.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> RunConfiguration.parse(base(
                "http.tls.keyStore", dir.resolve("none.p12").toString(), "http.tls.keyStorePassword", "x"), "s"));
        assertTrue(missing.getMessage().contains("cannot read the key store"), missing.getMessage());
        UsageException noPassword = assertThrows(UsageException.class, () -> RunConfiguration.parse(base(
                "http.tls.keyStore", store.toString()), "shop.properties"));
        assertTrue(noPassword.getMessage().startsWith("Missing key 'http.tls.keyStorePassword' in shop.properties"));
        Files.writeString(dir.resolve("junk.p12"), "not a key store");
        assertThrows(UsageException.class, () -> RunConfiguration.parse(base(
                "http.tls.keyStore", dir.resolve("junk.p12").toString(), "http.tls.keyStorePassword", "x"), "s"));
    }
}

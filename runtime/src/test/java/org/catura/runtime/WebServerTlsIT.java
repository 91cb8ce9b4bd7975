package org.catura.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catura run}'s web server: HTTPS from a key store, and the warning about plain HTTP on the network. */
class WebServerTlsIT {

    private static final String STORE_PASSWORD = "store-secret-1";

    @TempDir
    static Path work;

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) -> WebServerTlsIT.class
                .getResourceAsStream("/postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + hardware
                        + ".txz")).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database catura");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    static Path config(String name, String... lines) throws Exception {
        return Files.writeString(work.resolve(name), "database.url=jdbc:postgresql://localhost:" + postgres.getPort()
                + "/catura\ndatabase.user=postgres\nsecrets.keyFile=" + work.resolve("secret.key") + "\n"
                + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void plainHttpOnAllAddressesStartsWithOneWarningLine() throws Exception {
        int port = Http.freePort();
        try (CaturaProcess run = CaturaProcess.start(work, "run", "--config",
                config("open.properties", "http.host=0.0.0.0", "http.port=" + port).toString())) {
            String printed = run.awaitOutput("Warning: the web UI listens", Duration.ofSeconds(180));
            assertEquals(1, printed.lines().filter(l -> l.startsWith("Warning: the web UI listens on 0.0.0.0:" + port
                    + " in plain HTTP;")).count(), printed);
        }
    }

    @Test
    void aKeyStoreServesTheWebUiOverHttpsWithSecureCookiesAndNoWarning() throws Exception {
        Path store = work.resolve("https.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD,
                "-keyalg", "EC", "-alias", "catura", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2").redirectErrorStream(true).start();
        String made = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), made);
        int port = Http.freePort();
        try (CaturaProcess run = CaturaProcess.start(work, "run", "--config", config("tls.properties",
                "http.host=0.0.0.0", "http.port=" + port, "http.tls.keyStore=" + store,
                "http.tls.keyStorePassword=" + STORE_PASSWORD).toString())) {
            String printed = run.awaitOutput("Ctrl-C stops", Duration.ofSeconds(180));
            printed = run.awaitOutput("Web UI: ", Duration.ofSeconds(60));
            assertTrue(printed.contains("Web UI: https://0.0.0.0:" + port + "/catura/"), printed);

            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                trusted.load(in, STORE_PASSWORD.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> login = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (login == null || login.statusCode() != 200) {
                try {
                    login = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port
                            + "/catura/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException e) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("no HTTPS on port " + port + ": " + e + "\n" + run.printed(), e);
                    }
                    Thread.sleep(500);
                }
            }
            String cookie = login.headers().allValues("Set-Cookie").stream()
                    .filter(h -> h.startsWith("catura_login=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("; Secure"), "served over TLS, the cookies are Secure: " + cookie);
            assertFalse(run.printed().contains("Warning: the web UI listens"), run.printed());
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            boolean servedPlain;
            try {
                servedPlain = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/catura/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (java.io.IOException e) {
                servedPlain = false;
            }
            assertFalse(servedPlain, "no sign-in page in plain HTTP on the HTTPS port");
        }
    }
}

package org.catura.transfer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void itsTextNamesWhereItPointsButNeverTheSecretHeaderValuesOrTheQuery() {
        Endpoint sftp = Endpoint.sftp("sftp.carrier.example", 22, "/in", "shop", "Sftp-Secret-1")
                .withHostKey("SHA256:abc");
        Endpoint http = Endpoint.http("PUT", "https://user:Url-Secret-2@api.example/files/{name}?token=Query-Secret-3")
                .withCredentials("shop", "Http-Secret-4").withHeader("X-Api-Key", "Header-Secret-5");

        assertEquals("sftp://shop@sftp.carrier.example:22/in", sftp.toString());
        assertEquals("PUT https://api.example/files/{name}?…", http.toString());
        for (String secret : new String[] {"Sftp-Secret-1", "Url-Secret-2", "Query-Secret-3", "Http-Secret-4",
                "Header-Secret-5"}) {
            assertFalse(sftp.toString().contains(secret) || http.toString().contains(secret), secret);
        }
    }

    @Test
    void itIsAValueWithDefaultsAndChecks() {
        Endpoint ftp = Endpoint.ftp("ftp.example", 21, "out", "u", "p");
        assertEquals(Endpoint.DEFAULT_TIMEOUT, ftp.timeout());
        assertEquals(ftp, Endpoint.ftp("ftp.example", 21, "out", "u", "p"));
        assertEquals(Duration.ofSeconds(5), ftp.withTimeout(Duration.ofSeconds(5)).timeout());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.http("DELETE", "https://x.example/"));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.http("POST", "ftp://x.example/"));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.sftp("", 22, "/", "u", "p"));
    }
}

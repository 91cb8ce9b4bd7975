package org.catura.transfer.internal;

import static org.catura.transfer.internal.SftpTransferTest.assertNoSecretIn;
import static org.catura.transfer.internal.SftpTransferTest.csv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileRejectedException;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files to and from a real FTP server on localhost (Apache FtpServer), passive and binary. */
class FtpTransferTest {

    static Transports transports;
    @TempDir
    Path root;
    FtpTestServer server;

    @BeforeAll
    static void client() {
        transports = new Transports();
    }

    @AfterAll
    static void stopClient() throws IOException {
        transports.close();
    }

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(root.resolve("upload"));
        server = new FtpTestServer(root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBinaryFileArrivesByteForByteUnderItsNameAndTwiceGivesOneFile() throws IOException {
        byte[] pdf = new byte[70_000];
        new Random(3).nextBytes(pdf);
        TransferFile file = new TransferFile("label-9.pdf", "application/pdf", pdf);

        transports.send(server.endpoint("upload"), "label:9", file);
        transports.send(server.endpoint("upload"), "label:9", file);

        assertArrayEquals(pdf, Files.readAllBytes(root.resolve("upload/label-9.pdf")));
        assertEquals(List.of("label-9.pdf"), namesIn(root.resolve("upload")));
    }

    @Test
    void aNameWithBlanksAndAnAsteriskIsFoundAgainSoTheResendIsNoError() throws IOException {
        TransferFile file = csv("Lieferschein 10 * 2.csv", "x");
        Files.writeString(root.resolve("upload/Lieferschein 10 a 2.csv"), "a neighbour the pattern would match");

        transports.send(server.endpoint("upload"), "ls:10", file);
        transports.send(server.endpoint("upload"), "ls:10", file);

        assertEquals("x", Files.readString(root.resolve("upload/Lieferschein 10 * 2.csv")));
        assertEquals(List.of("Lieferschein 10 * 2.csv", "Lieferschein 10 a 2.csv"), namesIn(root.resolve("upload")));
    }

    @Test
    void aDifferentFileUnderTheSameNameIsRefused() throws IOException {
        Files.writeString(root.resolve("upload/manifest.csv"), "theirs");

        assertThrows(TransferRejectedException.class,
                () -> transports.send(server.endpoint("upload"), "m:1", csv("manifest.csv", "ours")));
        assertEquals("theirs", Files.readString(root.resolve("upload/manifest.csv")));
    }

    @Test
    void aWrongPasswordIsAClearErrorWithoutThePassword() {
        Endpoint wrong = server.endpoint("upload").withCredentials(FtpTestServer.USER, "Not-The-Ftp-Secret");

        TransferFailedException e = assertThrows(TransferFailedException.class,
                () -> transports.send(wrong, "m:2", csv("a.csv", "x")));

        assertTrue(e.getMessage().contains("refused the login of user 'carrier'"), e.getMessage());
        assertTrue(e.getMessage().contains("530"), e.getMessage());
        assertNoSecretIn(e, "Not-The-Ftp-Secret");
    }

    @Test
    void aServerThatIsNotListeningIsRetryable() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        TransferFailedException e = assertThrows(TransferFailedException.class, () -> transports.send(
                Endpoint.ftp("127.0.0.1", free, "upload", "u", "p"), "m:3", csv("a.csv", "x")));
        assertTrue(e.getMessage().startsWith("Cannot reach ftp://u@127.0.0.1:" + free), e.getMessage());
        assertTrue(e.retryable());
    }

    @Test
    void thePollerMovesTakenFilesToDoneAndRejectedOnesToError() throws Exception {
        Path inbound = Files.createDirectories(root.resolve("tracking"));
        Files.writeString(inbound.resolve("track-1.csv"), "4711;1Z999");
        Files.writeString(inbound.resolve("track-2.csv"), "");
        FolderPoller poller = new FolderPoller(new NoDatabase(), transports::connector, Clock.systemUTC());

        PollReport report = poller.poll(server.endpoint("tracking"), (tx, file) -> {
            if (file.size() == 0) {
                throw new FileRejectedException("empty tracking file");
            }
            assertEquals("4711;1Z999", new String(file.content(), StandardCharsets.UTF_8));
        });

        assertEquals(List.of("track-1.csv"), report.accepted());
        assertEquals(List.of("track-1.csv"), namesIn(inbound.resolve("done")));
        assertEquals(List.of("track-2.csv", "track-2.csv.reason.txt"), namesIn(inbound.resolve("error")));
        assertTrue(poller.poll(server.endpoint("tracking"), (tx, file) -> { }).files().isEmpty());
    }
}

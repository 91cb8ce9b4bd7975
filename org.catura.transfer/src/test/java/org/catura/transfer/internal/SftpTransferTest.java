package org.catura.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileRejectedException;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.TransferException;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferRejectedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files to and from a real SFTP server on localhost (MINA SSHD). */
class SftpTransferTest {

    static Transports transports;
    @TempDir
    Path root;
    @TempDir
    Path keys;
    SftpTestServer server;

    @BeforeAll
    static void client() {
        transports = new Transports();
    }

    @AfterAll
    static void stopClient() throws IOException {
        transports.close();
    }

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(root.resolve("outbound"));
        server = new SftpTestServer(root, keys.resolve("host.ser"));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static TransferFile csv(String name, String text) {
        return new TransferFile(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anUploadedFileIsThereWholeUnderItsNameAndNoTemporaryFileIsLeft() throws IOException {
        transports.send(server.endpoint("outbound"), "carrier:4711", csv("shipments-4711.csv", "order;weight\n4711;2.5\n"));

        assertEquals("order;weight\n4711;2.5\n", Files.readString(root.resolve("outbound/shipments-4711.csv")));
        assertEquals(List.of("shipments-4711.csv"), namesIn(root.resolve("outbound")));
    }

    @Test
    void theSameMessageDeliveredTwiceGivesOneFileAndNoError() throws IOException {
        TransferFile file = csv("shipments-1.csv", "one\n");
        transports.send(server.endpoint("outbound"), "carrier:1", file);
        transports.send(server.endpoint("outbound"), "carrier:1", file);

        assertEquals(List.of("shipments-1.csv"), namesIn(root.resolve("outbound")));
        assertEquals("one\n", Files.readString(root.resolve("outbound/shipments-1.csv")));
    }

    @Test
    void aDifferentFileAlreadyUnderTheNameIsNotReplacedAndTheRefusalSaysWhatToDo() throws IOException {
        Files.writeString(root.resolve("outbound/shipments-2.csv"), "someone else's\n");

        TransferRejectedException e = assertThrows(TransferRejectedException.class,
                () -> transports.send(server.endpoint("outbound"), "carrier:2", csv("shipments-2.csv", "ours\n")));

        assertEquals("someone else's\n", Files.readString(root.resolve("outbound/shipments-2.csv")));
        assertTrue(e.getMessage().contains("A different file named shipments-2.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("not replaced"), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void aWrongPasswordIsAClearRetryableErrorThatNeverShowsThePassword() {
        Endpoint wrong = server.endpoint("outbound").withCredentials(SftpTestServer.USER, "Wrong-Secret-42");

        TransferException e = assertThrows(TransferException.class,
                () -> transports.send(wrong, "carrier:3", csv("a.csv", "x")));

        assertTrue(e.getMessage().contains("refused the login of user 'edi'"), e.getMessage());
        assertTrue(e.getMessage().contains("check the user and password"), e.getMessage());
        assertNoSecretIn(e, "Wrong-Secret-42");
        assertTrue(e.retryable(), "a person may fix the password; the file goes out then");
    }

    @Test
    void anUnpinnedHostKeyIsRefusedAndTheErrorNamesTheKeyTheServerShowed() {
        Endpoint unpinned = Endpoint.sftp("127.0.0.1", server.port(), "outbound", SftpTestServer.USER,
                SftpTestServer.PASSWORD);

        TransferException none = assertThrows(TransferException.class,
                () -> transports.send(unpinned, "carrier:4", csv("a.csv", "x")));
        TransferException other = assertThrows(TransferException.class, () -> transports.send(
                unpinned.withHostKey("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "carrier:4", csv("a.csv", "x")));

        assertTrue(none.getMessage().contains("No host key is configured"), none.getMessage());
        assertTrue(none.getMessage().contains(server.fingerprint()), none.getMessage());
        assertTrue(other.getMessage().contains("not one of the configured"), other.getMessage());
        assertFalse(Files.exists(root.resolve("outbound/a.csv")));
    }

    @Test
    void aServerThatIsNotListeningIsARetryableError() throws IOException {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        Endpoint nobody = Endpoint.sftp("127.0.0.1", free, "outbound", "edi", "pw").withHostKey(server.fingerprint());

        TransferFailedException e = assertThrows(TransferFailedException.class,
                () -> transports.send(nobody, "carrier:5", csv("a.csv", "x")));

        assertTrue(e.getMessage().startsWith("Cannot reach sftp://edi@127.0.0.1:" + free), e.getMessage());
        assertTrue(e.retryable());
    }

    @Test
    void aServerThatDiesMidTransferLeavesNoPartialFileUnderTheFinalNameAndTheRetryCompletesIt() throws IOException {
        byte[] big = new byte[400_000];
        new Random(7).nextBytes(big);
        TransferFile file = new TransferFile("labels-7.pdf", "application/pdf", big);
        server.dieDuringWrite.set(true);

        assertThrows(TransferFailedException.class, () -> transports.send(server.endpoint("outbound"), "labels:7", file));
        assertFalse(Files.exists(root.resolve("outbound/labels-7.pdf")), "nothing under the final name");
        Path leftover = root.resolve("outbound").resolve(SafeUpload.temporaryName("labels:7", "labels-7.pdf"));
        assertTrue(Files.size(leftover) < big.length, "the broken upload is only under its temporary name");

        server.dieDuringWrite.set(false);
        transports.send(server.endpoint("outbound"), "labels:7", file);
        assertArrayEquals(big, Files.readAllBytes(root.resolve("outbound/labels-7.pdf")));
        assertEquals(List.of("labels-7.pdf"), namesIn(root.resolve("outbound")), "the leftover was renamed");
    }

    @Test
    void thePollerHandsEachFileOverOnceMovesItToDoneAndARejectedOneToErrorWithTheReason() throws Exception {
        Path inbound = Files.createDirectories(root.resolve("inbound"));
        Files.writeString(inbound.resolve("ORDERS-1.edi"), "UNH+1+ORDERS'");
        Files.writeString(inbound.resolve("ORDERS-2.edi"), "garbage");
        Files.writeString(inbound.resolve("ORDERS-3.edi"), "UNH+3+ORDERS'");
        Files.writeString(inbound.resolve(".ORDERS-4.edi.part"), "UNH+4");
        FolderPoller poller = new FolderPoller(new NoDatabase(), transports::connector, Clock.systemUTC());
        List<String> handled = new ArrayList<>();

        PollReport first = poller.poll(server.endpoint("inbound"), (tx, file) -> {
            handled.add(file.name());
            if (!new String(file.content(), StandardCharsets.UTF_8).startsWith("UNH")) {
                throw new FileRejectedException("no EDIFACT interchange: it does not start with UNH");
            }
        });
        PollReport second = poller.poll(server.endpoint("inbound"), (tx, file) -> handled.add(file.name()));

        assertEquals(List.of("ORDERS-1.edi", "ORDERS-2.edi", "ORDERS-3.edi"), handled.stream().sorted().toList());
        assertEquals(List.of("ORDERS-1.edi", "ORDERS-3.edi"), first.accepted().stream().sorted().toList());
        assertEquals("no EDIFACT interchange: it does not start with UNH",
                first.with(PollReport.Status.REJECTED).get(0).reason());
        assertTrue(second.files().isEmpty(), "nothing is fetched twice: " + second);
        assertEquals(List.of("ORDERS-1.edi", "ORDERS-3.edi"), namesIn(inbound.resolve("done")));
        assertEquals(List.of("ORDERS-2.edi", "ORDERS-2.edi.reason.txt"), namesIn(inbound.resolve("error")));
        assertTrue(Files.readString(inbound.resolve("error/ORDERS-2.edi.reason.txt")).contains("does not start with UNH"));
        assertTrue(Files.exists(inbound.resolve(".ORDERS-4.edi.part")), "a file still being written is left alone");
    }

    static void assertNoSecretIn(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "secret in: " + t);
        }
    }
}

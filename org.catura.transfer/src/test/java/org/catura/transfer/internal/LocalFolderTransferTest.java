package org.catura.transfer.internal;

import static org.catura.transfer.internal.SftpTransferTest.csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.TransferFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local folder as destination and source; and names from a listing that would leave the folder. */
class LocalFolderTransferTest {

    @TempDir
    Path dir;
    final Transports transports = new Transports();

    @AfterEach
    void close() throws IOException {
        transports.close();
    }

    @Test
    void aFileLandsWholeOnceAndTheFolderIsNeverCreatedForAMissingShare() throws IOException {
        Endpoint folder = Endpoint.folder(dir.toString());
        transports.send(folder, "k:1", csv("picklist-1.csv", "a;b"));
        transports.send(folder, "k:1", csv("picklist-1.csv", "a;b"));

        try (var files = Files.list(dir)) {
            assertEquals(List.of("picklist-1.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("a;b", Files.readString(dir.resolve("picklist-1.csv")));
        TransferFailedException missing = assertThrows(TransferFailedException.class,
                () -> transports.send(Endpoint.folder(dir.resolve("unmounted").toString()), "k:2", csv("x.csv", "x")));
        assertTrue(missing.getMessage().contains("mounted"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("unmounted")));
    }

    @Test
    void thePollerOnALocalFolderMovesWhatItTookToDone() throws IOException {
        Files.writeString(dir.resolve("po-1.csv"), "PO;1");
        FolderPoller poller = new FolderPoller(new NoDatabase(), transports::connector, Clock.systemUTC());

        PollReport report = poller.poll(Endpoint.folder(dir.toString()), (tx, file) -> { });

        assertEquals(List.of("po-1.csv"), report.accepted());
        assertEquals("PO;1", Files.readString(dir.resolve("done/po-1.csv")));
        assertFalse(Files.exists(dir.resolve("po-1.csv")));
    }

    @Test
    void aSymbolicLinkInTheFolderIsNoFileToFetch(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "not for the handler");
        Files.createSymbolicLink(dir.resolve("link.csv"), secret);
        FolderPoller poller = new FolderPoller(new NoDatabase(), transports::connector, Clock.systemUTC());
        List<String> handled = new ArrayList<>();

        PollReport report = poller.poll(Endpoint.folder(dir.toString()), (tx, file) -> handled.add(file.name()));

        assertEquals(List.of(), handled);
        assertTrue(report.files().isEmpty(), report.toString());
        assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")));
    }

    @Test
    void aFileOfTheSameNameAlreadyInDoneKeepsItsPlaceAndTheNewOneGetsANumber() throws IOException {
        Files.createDirectories(dir.resolve("done"));
        Files.writeString(dir.resolve("done/daily.csv"), "yesterday");
        Files.writeString(dir.resolve("daily.csv"), "today");
        FolderPoller poller = new FolderPoller(new NoDatabase(), transports::connector, Clock.systemUTC());

        poller.poll(Endpoint.folder(dir.toString()), (tx, file) -> { });

        assertEquals("yesterday", Files.readString(dir.resolve("done/daily.csv")));
        assertEquals("today", Files.readString(dir.resolve("done/daily.csv.1")));
    }

    @Test
    void namesInAListingThatWouldLeaveTheFolderAreRefusedNeverFetchedAndTheOthersGoOn() {
        FakeFolder server = new FakeFolder(List.of("../../etc/passwd", "..", "sub\\..\\x.csv", "bell\u0007.csv",
                "ok.csv"));
        FolderPoller poller = new FolderPoller(new NoDatabase(), e -> endpoint -> server, Clock.systemUTC());
        List<String> handled = new ArrayList<>();

        PollReport report = poller.poll(Endpoint.folder("/anywhere"), (tx, file) -> handled.add(file.name()));

        assertEquals(List.of("ok.csv"), handled);
        assertEquals(List.of("ok.csv"), server.read);
        assertEquals(4, report.with(PollReport.Status.REFUSED_NAME).size(), report.toString());
        assertTrue(report.files().stream().anyMatch(f -> f.name().equals("'bell\\u0007.csv'")), report.toString());
        assertEquals(List.of("ok.csv -> done/ok.csv"), server.renamed);
    }

    @Test
    void theLocalFolderItselfRefusesANameThatLeavesIt() throws IOException {
        try (RemoteFolder folder = new LocalFolderConnector().open(Endpoint.folder(dir.toString()))) {
            assertThrows(IllegalArgumentException.class, () -> folder.write("../escaped.csv", new byte[1]));
            assertThrows(IllegalArgumentException.class, () -> folder.read("done/../../etc/passwd"));
        }
        assertFalse(Files.exists(dir.getParent().resolve("escaped.csv")));
    }

    /** A server whose listing carries whatever names it likes. */
    static final class FakeFolder implements RemoteFolder {
        final List<String> names;
        final List<String> read = new ArrayList<>();
        final List<String> renamed = new ArrayList<>();

        FakeFolder(List<String> names) {
            this.names = names;
        }

        @Override
        public List<RemoteEntry> list() {
            return names.stream().map(n -> new RemoteEntry(n, 1, Instant.EPOCH)).toList();
        }

        @Override
        public Optional<RemoteEntry> stat(String name) {
            return Optional.empty();
        }

        @Override
        public byte[] read(String name) {
            read.add(name);
            return new byte[1];
        }

        @Override
        public void write(String name, byte[] content) {
        }

        @Override
        public void rename(String from, String to) {
            renamed.add(from + " -> " + to);
        }

        @Override
        public void delete(String name) {
        }

        @Override
        public void ensureFolder(String name) {
        }

        @Override
        public void close() {
        }
    }
}

package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.catura.core.api.db.Sql;
import org.catura.transfer.api.PollReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SFTP and FOLDER return channels, polled through the transfer bundle's real poller. */
class ReturnChannelReadersTest extends ShippingTestBase {

    @TempDir
    Path temp;

    static void write(Path folder, String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFolderDropIsRecordedAndAGarbledFileGoesToErrorWithATicket() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        Path folder = Files.createDirectories(temp.resolve("answers"));
        returnChannel("FOLDER", null, null, folder.toString(), null, null, null);
        write(folder, "a-good.csv", ConfirmationCsv.HEADER + "\n" + s.reference() + ";;003404341601;;2026-12-02;;;\n");
        write(folder, "b-garbled.csv", "this is not;a confirmation\n");

        reader().run();

        assertEquals("SHIPPED", state(s.orderId()));
        assertTrue(Files.exists(folder.resolve("done/a-good.csv")));
        assertTrue(Files.exists(folder.resolve("error/b-garbled.csv")));
        assertTrue(Files.readString(folder.resolve("error/b-garbled.csv.reason.txt")).contains("Line 1: the header must be"));
        assertEquals(1, count("select count(*) from shipping_message where outcome = 'REJECTED' and source = 'FOLDER'"
                + " and raw_name = 'b-garbled.csv' and convert_from(content, 'UTF8') = 'this is not;a confirmation\n'"),
                "kept as received although the file's own transaction rolled back");
        assertEquals(1, count("select count(*) from catura_ticket where type = 'CARRIER_MESSAGE_REJECTED'"));

        write(folder, "c-again.csv", ConfirmationCsv.HEADER + "\n" + s.reference() + ";;003404341601;;2026-12-02;;;\n");
        reader().run();
        assertEquals(1, count("select count(*) from shipping_message where outcome = 'DUPLICATE'"));
        assertEquals(1, count("select count(*) from shipping_parcel"));
    }

    @Test
    void anSftpReturnFolderIsPolledWithTheSealedPasswordAndThePinnedHostKey() throws Exception {
        Shipped s = transmittedOrder(1, carrierId, null);
        Path root = Files.createDirectories(temp.resolve("sftp"));
        Files.createDirectories(root.resolve("outbound"));
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(temp.resolve("host.key"));
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> "partner".equals(user) && "Pa55-word".equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        try {
            KeyPair pair = keys.loadKeys(null).iterator().next();
            String fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, pair.getPublic());
            returnChannel("SFTP", "127.0.0.1", server.getPort(), "/outbound", "partner", "Pa55-word", fingerprint);
            write(root.resolve("outbound"), "tracking.csv",
                    ConfirmationCsv.HEADER + "\n" + s.reference() + ";" + s.externalId() + ";003404341601;;;;;\n");

            PollReport report = reader().poll(tx(t -> new ReturnChannels().find(t, CARRIER)).orElseThrow());

            assertEquals(List.of("tracking.csv"), report.accepted(), report.toString());
            assertEquals("SHIPPED", state(s.orderId()));
            assertEquals("003404341601", text("select trackingno from m_inout where m_inout_id = ?", s.shipmentId()));
            assertTrue(Files.exists(root.resolve("outbound/done/tracking.csv")));
        } finally {
            server.stop(true);
        }
    }
}

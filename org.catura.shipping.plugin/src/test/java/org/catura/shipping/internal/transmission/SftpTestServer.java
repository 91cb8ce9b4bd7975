package org.catura.shipping.internal.transmission;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server on localhost (MINA SSHD), as org.catura.transfer's tests start one; it can die mid-upload. */
final class SftpTestServer implements AutoCloseable {

    static final String USER = "edi";
    static final String PASSWORD = "Sftp-Pa55word!";

    /** When set, the server drops the connection after the first chunk of a file was written. */
    final AtomicBoolean dieDuringWrite = new AtomicBoolean();
    private final SshServer server;
    private final SimpleGeneratorHostKeyProvider keys;

    SftpTestServer(Path root, Path hostKeyFile) throws IOException {
        keys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(keys);
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.addSftpEventListener(new SftpEventListener() {
            @Override
            public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                    byte[] data, int dataOffset, int dataLen) throws IOException {
                if (dieDuringWrite.get() && offset > 0) {
                    session.close(true);
                    throw new IOException("server went away");
                }
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    String fingerprint() {
        try {
            KeyPair pair = keys.loadKeys(null).iterator().next();
            return KeyUtils.getFingerPrint(BuiltinDigests.sha256, pair.getPublic());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}

package org.catura.transfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshException;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;

/**
 * SFTP with Apache MINA SSHD: one client for the bundle's life, one session per open folder,
 * password login, the host key checked by {@link HostKeyCheck}.
 */
final class SftpConnector implements Connector, AutoCloseable {

    private final SshClient client;

    SftpConnector() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(HostKeyCheck.VERIFIER);
        // no keys from ~/.ssh nor an ssh agent: only what the endpoint configures
        client.setKeyIdentityProvider(session -> List.of());
        client.start();
    }

    @Override
    public RemoteFolder open(Endpoint endpoint) {
        HostKeyCheck hostKey = new HostKeyCheck(endpoint.hostKeys());
        ClientSession session = null;
        try {
            session = client.connect(endpoint.user(), endpoint.host(), endpoint.port(),
                    AttributeRepository.ofKeyValuePair(HostKeyCheck.KEY, hostKey), null)
                    .verify(endpoint.timeout()).getSession();
            CoreModuleProperties.IDLE_TIMEOUT.set(session, endpoint.timeout());
            CoreModuleProperties.NIO2_READ_TIMEOUT.set(session, endpoint.timeout());
            CoreModuleProperties.AUTH_TIMEOUT.set(session, endpoint.timeout());
            session.addPasswordIdentity(endpoint.secret());
            session.auth().verify(endpoint.timeout());
            SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
            String folder = endpoint.path().isEmpty() ? "." : endpoint.path();
            if (!sftp.stat(folder).isDirectory()) {
                throw new IOException(folder + " is no folder");
            }
            return new Sftp(session, sftp, folder);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            throw failure(endpoint, hostKey, e);
        }
    }

    private static TransferFailedException failure(Endpoint endpoint, HostKeyCheck hostKey, Exception e) {
        if (hostKey.rejected()) {
            return new TransferFailedException(hostKeyMessage(endpoint, hostKey));
        }
        String cause = Messages.of(e, endpoint);
        if (e instanceof SshException && cause.toLowerCase().contains("authentication")) {
            return new TransferFailedException(endpoint + " refused the login of user '" + endpoint.user()
                    + "' (" + cause + "); check the user and password configured for it");
        }
        if (e instanceof SftpException s && s.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
            return new TransferFailedException(endpoint + ": the folder does not exist on the server; check the path");
        }
        return new TransferFailedException("Cannot reach " + endpoint + ": " + cause, Messages.safeCause(e, endpoint));
    }

    private static String hostKeyMessage(Endpoint endpoint, HostKeyCheck hostKey) {
        return hostKey.configured()
                ? "The host key of " + endpoint + " is " + hostKey.presented() + ", not one of the configured "
                        + endpoint.hostKeys() + "; the server's key changed or someone is in between."
                        + " Ask the server's operator before you configure the new one"
                : "No host key is configured for " + endpoint + "; the server shows " + hostKey.presented()
                        + ". Verify it with the server's operator and configure it";
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a session that failed: nothing more to learn
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.stop();
    }

    private static final class Sftp implements RemoteFolder {
        private final ClientSession session;
        private final SftpClient sftp;
        private final String folder;

        Sftp(ClientSession session, SftpClient sftp, String folder) {
            this.session = session;
            this.sftp = sftp;
            this.folder = folder;
        }

        private String path(String name) {
            return folder.endsWith("/") ? folder + name : folder + "/" + name;
        }

        @Override
        public List<RemoteEntry> list() throws IOException {
            List<RemoteEntry> files = new ArrayList<>();
            for (SftpClient.DirEntry e : sftp.readDir(folder)) {
                SftpClient.Attributes a = e.getAttributes();
                if (a.isRegularFile()) {
                    files.add(new RemoteEntry(e.getFilename(), a.getSize(), a.getModifyTime().toInstant()));
                }
            }
            return files;
        }

        @Override
        public Optional<RemoteEntry> stat(String name) throws IOException {
            try {
                SftpClient.Attributes a = sftp.stat(path(name));
                return Optional.of(new RemoteEntry(name, a.getSize(), a.getModifyTime().toInstant()));
            } catch (SftpException e) {
                if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    return Optional.empty();
                }
                throw e;
            }
        }

        @Override
        public byte[] read(String name) throws IOException {
            try (InputStream in = sftp.read(path(name))) {
                return in.readAllBytes();
            }
        }

        @Override
        public void write(String name, byte[] content) throws IOException {
            try (OutputStream out = sftp.write(path(name), EnumSet.of(SftpClient.OpenMode.Write,
                    SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate))) {
                out.write(content);
            }
        }

        @Override
        public void rename(String from, String to) throws IOException {
            // SFTP v3 rename refuses an existing target: no file is ever replaced
            sftp.rename(path(from), path(to));
        }

        @Override
        public void delete(String name) throws IOException {
            try {
                sftp.remove(path(name));
            } catch (SftpException e) {
                if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    throw e;
                }
            }
        }

        @Override
        public void ensureFolder(String name) throws IOException {
            if (stat(name).isEmpty()) {
                sftp.mkdir(path(name));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                sftp.close();
            } finally {
                session.close(false);
            }
        }
    }
}

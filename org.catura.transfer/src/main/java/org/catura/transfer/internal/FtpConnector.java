package org.catura.transfer.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;

/** FTP with commons-net: passive mode (works through NAT and firewalls), binary, a timeout on every socket. */
final class FtpConnector implements Connector {

    @Override
    public RemoteFolder open(Endpoint endpoint) {
        FTPClient ftp = new FTPClient();
        int millis = (int) endpoint.timeout().toMillis();
        ftp.setConnectTimeout(millis);
        ftp.setDefaultTimeout(millis);
        ftp.setDataTimeout(endpoint.timeout());
        try {
            ftp.connect(endpoint.host(), endpoint.port());
            ftp.setSoTimeout(millis);
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new IOException("the server answered " + reply(ftp));
            }
            if (!ftp.login(endpoint.user(), endpoint.secret())) {
                String answer = Messages.mask(reply(ftp), endpoint);
                disconnect(ftp);
                throw new TransferFailedException(endpoint + " refused the login of user '" + endpoint.user() + "' ("
                        + answer + "); check the user and password configured for it");
            }
            ftp.enterLocalPassiveMode();
            if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw new IOException("binary mode refused: " + reply(ftp));
            }
            if (!endpoint.path().isEmpty() && !ftp.changeWorkingDirectory(endpoint.path())) {
                String answer = reply(ftp);
                disconnect(ftp);
                throw new TransferFailedException(endpoint + ": cannot change to the folder (" + answer
                        + "); check the path");
            }
            return new Ftp(ftp);
        } catch (IOException e) {
            disconnect(ftp);
            throw new TransferFailedException("Cannot reach " + endpoint + ": " + Messages.of(e, endpoint),
                    Messages.safeCause(e, endpoint));
        }
    }

    private static String reply(FTPClient ftp) {
        String text = ftp.getReplyString();
        return text == null ? String.valueOf(ftp.getReplyCode()) : text.strip();
    }

    private static void disconnect(FTPClient ftp) {
        if (ftp.isConnected()) {
            try {
                ftp.disconnect();
            } catch (IOException ignored) {
                // the connection is given up anyway
            }
        }
    }

    private static final class Ftp implements RemoteFolder {
        private final FTPClient ftp;

        Ftp(FTPClient ftp) {
            this.ftp = ftp;
            // LIST -a: the temporary upload names start with a dot
            ftp.setListHiddenFiles(true);
        }

        private IOException refused(String what) {
            return new IOException(what + " refused: " + reply(ftp));
        }

        @Override
        public List<RemoteEntry> list() throws IOException {
            List<RemoteEntry> files = new ArrayList<>();
            for (FTPFile f : ftp.listFiles()) {
                if (f != null && f.isFile()) {
                    files.add(entry(f.getName(), f));
                }
            }
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw refused("Listing the folder");
            }
            return files;
        }

        private static RemoteEntry entry(String name, FTPFile f) {
            return new RemoteEntry(name, f.getSize(),
                    f.getTimestamp() == null ? java.time.Instant.EPOCH : f.getTimestamp().toInstant());
        }

        @Override
        public Optional<RemoteEntry> stat(String name) throws IOException {
            // Servers take the argument of LIST and MLST as a pattern ('*', blanks): list the
            // folder the name is in and compare names exactly
            int slash = name.lastIndexOf('/');
            FTPFile[] files = slash < 0 ? ftp.listFiles() : ftp.listFiles(name.substring(0, slash));
            String plain = name.substring(slash + 1);
            for (FTPFile f : files) {
                if (f != null && f.isFile() && f.getName().equals(plain)) {
                    return Optional.of(entry(name, f));
                }
            }
            return Optional.empty();
        }

        @Override
        public byte[] read(String name) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ftp.retrieveFile(name, out)) {
                throw refused("Fetching " + name);
            }
            return out.toByteArray();
        }

        @Override
        public void write(String name, byte[] content) throws IOException {
            if (!ftp.storeFile(name, new ByteArrayInputStream(content))) {
                throw refused("Storing " + name);
            }
        }

        @Override
        public void rename(String from, String to) throws IOException {
            if (!ftp.rename(from, to)) {
                throw refused("Renaming " + from + " to " + to);
            }
        }

        @Override
        public void delete(String name) throws IOException {
            if (!ftp.deleteFile(name) && ftp.getReplyCode() != FTPReply.FILE_UNAVAILABLE) {
                throw refused("Deleting " + name);
            }
        }

        @Override
        public void ensureFolder(String name) throws IOException {
            String here = ftp.printWorkingDirectory();
            if (ftp.changeWorkingDirectory(name)) {
                ftp.changeWorkingDirectory(here);
                return;
            }
            if (!ftp.makeDirectory(name)) {
                throw refused("Creating folder " + name);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                ftp.logout();
            } catch (IOException ignored) {
                // the server may already have gone; disconnect regardless
            } finally {
                ftp.disconnect();
            }
        }
    }
}

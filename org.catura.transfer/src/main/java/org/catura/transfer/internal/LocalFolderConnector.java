package org.catura.transfer.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileNames;
import org.catura.transfer.api.TransferFailedException;

/** A folder on this machine or a mounted share, through java.nio. */
final class LocalFolderConnector implements Connector {

    @Override
    public RemoteFolder open(Endpoint endpoint) {
        Path root = Path.of(endpoint.path()).toAbsolutePath().normalize();
        // Never create the folder itself: a share that is not mounted must fail, not fill the local disk.
        if (!Files.isDirectory(root)) {
            throw new TransferFailedException(endpoint + " is not there or is no folder; check the path"
                    + " and that the share is mounted");
        }
        return new Local(root);
    }

    private static final class Local implements RemoteFolder {
        private final Path root;

        Local(Path root) {
            this.root = root;
        }

        private Path resolve(String name) {
            Path path = root;
            for (String part : name.split("/", -1)) {
                path = path.resolve(FileNames.requireSafe(part));
            }
            if (!path.normalize().startsWith(root)) {
                throw new IllegalArgumentException("File name " + FileNames.printable(name) + " leaves " + root);
            }
            return path;
        }

        @Override
        public List<RemoteEntry> list() throws IOException {
            List<RemoteEntry> files = new ArrayList<>();
            try (Stream<Path> entries = Files.list(root)) {
                for (Path p : (Iterable<Path>) entries::iterator) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        files.add(new RemoteEntry(p.getFileName().toString(), a.size(), a.lastModifiedTime().toInstant()));
                    }
                }
            }
            return files;
        }

        @Override
        public Optional<RemoteEntry> stat(String name) throws IOException {
            Path p = resolve(name);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new RemoteEntry(name, a.size(), a.lastModifiedTime().toInstant()));
        }

        @Override
        public byte[] read(String name) throws IOException {
            return Files.readAllBytes(resolve(name));
        }

        @Override
        public void write(String name, byte[] content) throws IOException {
            try (FileChannel out = FileChannel.open(resolve(name), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                // on disk before the rename makes it visible under its final name
                out.force(true);
            }
        }

        @Override
        public void rename(String from, String to) throws IOException {
            Path target = resolve(to);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void delete(String name) throws IOException {
            Files.deleteIfExists(resolve(name));
        }

        @Override
        public void ensureFolder(String name) throws IOException {
            Files.createDirectories(resolve(name));
        }

        @Override
        public void close() {
        }
    }
}

package org.catura.transfer.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One open connection to a folder (SFTP, FTP, local): the few operations the safe upload and the
 * poller are written against, so each is written once for all kinds. Names are relative to the
 * folder; {@code sub/name} reaches one level down (done/, error/).
 */
interface RemoteFolder extends AutoCloseable {

    /** The regular files directly in the folder. */
    List<RemoteEntry> list() throws IOException;

    Optional<RemoteEntry> stat(String name) throws IOException;

    byte[] read(String name) throws IOException;

    /** Creates or truncates and writes the whole content. */
    void write(String name, byte[] content) throws IOException;

    /** Renames within the folder tree; fails (or, on FTP servers that allow it, replaces) when {@code to} exists. */
    void rename(String from, String to) throws IOException;

    void delete(String name) throws IOException;

    /** Creates the subfolder when it is missing. */
    void ensureFolder(String name) throws IOException;

    @Override
    void close() throws IOException;
}

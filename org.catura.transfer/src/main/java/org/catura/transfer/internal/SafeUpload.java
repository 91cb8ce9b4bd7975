package org.catura.transfer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferRejectedException;

/**
 * Puts a file into a folder so that the receiver only ever sees it whole: written under a hidden
 * temporary name, then renamed. The temporary name comes from the idempotency key, so a retry
 * after a crash overwrites its own leftover. The same file already there under the final name is
 * success (a retry after the rename); a different one is never replaced.
 */
final class SafeUpload {

    private final Connector connector;

    SafeUpload(Connector connector) {
        this.connector = connector;
    }

    void upload(Endpoint endpoint, String idempotencyKey, TransferFile file) {
        try (RemoteFolder folder = connector.open(endpoint)) {
            String temporary = temporaryName(idempotencyKey, file.name());
            if (alreadyThere(folder, endpoint, file)) {
                removeLeftover(folder, temporary);
                return;
            }
            folder.write(temporary, file.content());
            // FTP ends a file when its data connection closes, early or not: count before renaming
            long kept = folder.stat(temporary).map(RemoteEntry::size).orElse(-1L);
            if (kept != file.content().length) {
                throw new IOException("the server kept " + kept + " of " + file.content().length + " bytes");
            }
            try {
                folder.rename(temporary, file.name());
            } catch (IOException renameFailed) {
                // someone else put a file under that name meanwhile: same rules as before writing
                if (!alreadyThere(folder, endpoint, file)) {
                    throw renameFailed;
                }
                removeLeftover(folder, temporary);
            }
        } catch (IOException e) {
            throw new TransferFailedException("Sending " + file.name() + " to " + endpoint + " failed: "
                    + Messages.of(e, endpoint) + "; it is tried again", Messages.safeCause(e, endpoint));
        }
    }

    /** The file is delivered; a temporary copy left by an earlier attempt is only tidied up. */
    private static void removeLeftover(RemoteFolder folder, String temporary) {
        try {
            if (folder.stat(temporary).isPresent()) {
                folder.delete(temporary);
            }
        } catch (IOException ignored) {
            // a hidden leftover does no harm; the next attempt with this key overwrites it
        }
    }

    private static boolean alreadyThere(RemoteFolder folder, Endpoint endpoint, TransferFile file)
            throws IOException {
        Optional<RemoteEntry> existing = folder.stat(file.name());
        if (existing.isEmpty()) {
            return false;
        }
        if (existing.get().size() == file.content().length && Arrays.equals(folder.read(file.name()), file.content())) {
            return true;
        }
        throw new TransferRejectedException("A different file named " + file.name() + " (" + existing.get().size()
                + " bytes) is already at " + endpoint + "; it is not replaced. Ask the receiver whether it is"
                + " theirs, then remove it there or send this one under another name");
    }

    /**
     * Hidden (leading dot), ending in {@code .part} and unique per message, so that pollers on the
     * other side skip it whether they ignore dot files or pick up by extension.
     */
    static String temporaryName(String idempotencyKey, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            // No dots at either end: "report." must not give the ".." a safe name may never hold.
            String plain = name.replaceFirst("^\\.+", "").replaceFirst("\\.+$", "");
            String shortened = plain.length() > 200 ? plain.substring(0, 200) : plain;
            return "." + shortened + "." + HexFormat.of().formatHex(hash, 0, 6) + ".part";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.catura.transfer.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TransactionFailedException;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileNames;
import org.catura.transfer.api.FileRejectedException;
import org.catura.transfer.api.InboundFile;
import org.catura.transfer.api.InboundHandler;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.PollReport.Outcome;
import org.catura.transfer.api.PollReport.Status;
import org.catura.transfer.api.TransferFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches each waiting file, hands it to the handler in a transaction, then moves it out of the
 * way: to {@code done/} after the handler's commit, to {@code error/} with a
 * {@code .reason.txt} beside it when the handler rejects it. Moving (rather than remembering
 * names in a table) keeps the state where the people on both sides look, and needs nothing of
 * ours to survive a new database. The price: a stop between commit and move hands the file over
 * once more, so handlers key what they store (see {@link InboundFile#key()}).
 */
final class FolderPoller {

    static final String DONE = "done";
    static final String ERROR = "error";
    private static final Logger LOG = LoggerFactory.getLogger(FolderPoller.class);

    private final Database database;
    private final Function<Endpoint, Connector> connectors;
    private final Clock clock;

    FolderPoller(Database database, Function<Endpoint, Connector> connectors, Clock clock) {
        this.database = database;
        this.connectors = connectors;
        this.clock = clock;
    }

    PollReport poll(Endpoint source, InboundHandler handler) {
        List<Outcome> outcomes = new ArrayList<>();
        try (RemoteFolder folder = connectors.apply(source).open(source)) {
            List<RemoteEntry> waiting = new ArrayList<>(folder.list());
            waiting.sort(Comparator.comparing(RemoteEntry::modified).thenComparing(RemoteEntry::name));
            for (RemoteEntry entry : waiting) {
                if (!FileNames.isSafe(entry.name())) {
                    String name = FileNames.printable(entry.name());
                    LOG.warn("{}: file name {} refused, left in place", source, name);
                    outcomes.add(new Outcome(name, Status.REFUSED_NAME, "no plain file name; left on the server"));
                    continue;
                }
                if (entry.name().startsWith(".")) {
                    continue; // being written by the sender (its temporary name) or not meant for us
                }
                outcomes.add(take(folder, source, entry, handler));
            }
        } catch (IOException e) {
            throw new TransferFailedException("Listing " + source + " failed: " + Messages.of(e, source),
                    Messages.safeCause(e, source));
        }
        return new PollReport(outcomes);
    }

    private Outcome take(RemoteFolder folder, Endpoint source, RemoteEntry entry, InboundHandler handler) {
        String name = entry.name();
        InboundFile file;
        try {
            byte[] content = folder.read(name);
            if (content.length != entry.size()) {
                return new Outcome(name, Status.FAILED, "changed while being fetched (" + entry.size() + " bytes listed, "
                        + content.length + " read); tried again on the next poll");
            }
            file = new InboundFile(name, entry.size(), entry.modified(), content);
        } catch (IOException e) {
            return failed(source, name, "fetching it failed: " + Messages.of(e, source));
        }
        try {
            database.inTransaction(tx -> {
                handler.accept(tx, file);
                return null;
            });
        } catch (TransactionFailedException e) {
            if (e.getCause() instanceof FileRejectedException rejected) {
                return reject(folder, source, name, rejected.getMessage());
            }
            return failed(source, name, "handling it failed: " + Messages.of(e.getCause(), source));
        } catch (RuntimeException e) {
            return failed(source, name, "handling it failed: " + Messages.of(e, source));
        }
        try {
            moveAway(folder, name, DONE);
            return new Outcome(name, Status.ACCEPTED, "");
        } catch (IOException e) {
            LOG.warn("{}: {} was taken but could not be moved to {}/: {}", source, name, DONE, Messages.of(e, source));
            return new Outcome(name, Status.ACCEPTED, "taken, but moving it to done/ failed ("
                    + Messages.of(e, source) + "); the next poll hands it over again");
        }
    }

    private Outcome reject(RemoteFolder folder, Endpoint source, String name, String reason) {
        LOG.warn("{}: {} rejected: {}", source, name, reason);
        try {
            String moved = moveAway(folder, name, ERROR);
            folder.write(moved + ".reason.txt", (clock.instant() + " " + name + " was rejected: " + reason + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new Outcome(name, Status.REJECTED, reason);
        } catch (IOException e) {
            return new Outcome(name, Status.REJECTED, reason + " (moving it to error/ failed: "
                    + Messages.of(e, source) + "; the next poll hands it over again)");
        }
    }

    private static Outcome failed(Endpoint source, String name, String reason) {
        LOG.warn("{}: {} {}; left for the next poll", source, name, reason);
        return new Outcome(name, Status.FAILED, reason + "; left for the next poll");
    }

    /** Moves into the subfolder; a file of that name there already (a resent one) keeps its place. */
    private String moveAway(RemoteFolder folder, String name, String subfolder) throws IOException {
        folder.ensureFolder(subfolder);
        String target = subfolder + "/" + name;
        for (int n = 1; folder.stat(target).isPresent(); n++) {
            target = subfolder + "/" + name + "." + n;
        }
        folder.rename(name, target);
        return target;
    }
}

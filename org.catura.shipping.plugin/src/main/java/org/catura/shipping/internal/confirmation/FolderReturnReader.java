package org.catura.shipping.internal.confirmation;

import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.confirmation.ReturnChannels.ReturnChannel;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.FileRejectedException;
import org.catura.transfer.api.InboundFile;
import org.catura.transfer.api.InboundPoller;
import org.catura.transfer.api.PollReport;
import org.catura.transfer.api.TransferFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the return folder (SFTP, FTP, local folder) of every carrier that answers there and
 * records each CSV file's confirmations. A garbled file is kept as a rejected message with a
 * ticket, in a transaction of its own (the file's own rolls back), and moves to {@code error/}.
 */
public final class FolderReturnReader {

    private static final Logger LOG = LoggerFactory.getLogger(FolderReturnReader.class);
    static final List<String> CHANNELS = List.of("SFTP", "FTP", "FOLDER");

    private final Database database;
    private final InboundPoller poller;
    private final ShippingConfirmations confirmations;
    private final Secrets secrets;
    private final ReturnChannels carriers;

    public FolderReturnReader(Database database, InboundPoller poller, ShippingConfirmations confirmations,
            Secrets secrets, ReturnChannels carriers) {
        this.database = database;
        this.poller = poller;
        this.confirmations = confirmations;
        this.secrets = secrets;
        this.carriers = carriers;
    }

    /** The scheduled task's name. */
    public String name() {
        return "shipping-return-folders";
    }

    public void run() {
        List<ReturnChannel> all = database.inTransaction(tx -> {
            List<ReturnChannel> list = new ArrayList<>();
            CHANNELS.forEach(c -> list.addAll(carriers.byChannel(tx, c)));
            return list;
        });
        for (ReturnChannel c : all) {
            try {
                poll(c);
            } catch (TransferFailedException | IllegalArgumentException e) {
                // one carrier's server down does not keep the others' confirmations waiting
                LOG.warn("Return folder of carrier {}: {}", c.carrier(), e.getMessage());
            }
        }
    }

    public PollReport poll(ReturnChannel carrier) {
        ConfirmationSource source = ConfirmationSource.valueOf(carrier.channel());
        return poller.poll(endpoint(carrier), (tx, file) -> take(tx, carrier, source, file));
    }

    private void take(Tx tx, ReturnChannel carrier, ConfirmationSource source, InboundFile file)
            throws FileRejectedException {
        List<CarrierConfirmation> parsed;
        try {
            parsed = ConfirmationCsv.parse(carrier.carrier(), source, file.name(), file.content());
        } catch (MalformedConfirmationException e) {
            database.inTransaction(own -> confirmations.reject(own, carrier.carrier(), source, file.name(),
                    file.content(), "Garbled confirmation file " + file.name() + ": " + e.getMessage()));
            throw new FileRejectedException(e.getMessage());
        }
        parsed.forEach(c -> confirmations.record(tx, c));
    }

    Endpoint endpoint(ReturnChannel c) {
        String path = c.path() == null || c.path().isBlank() ? "." : c.path();
        String secret = c.secretSealed() == null || c.secretSealed().isBlank() ? "" : secrets.open(c.secretSealed());
        Endpoint e = switch (c.channel()) {
            case "SFTP" -> Endpoint.sftp(c.host(), c.port() == null ? 22 : c.port(), path, c.user(), secret);
            case "FTP" -> Endpoint.ftp(c.host(), c.port() == null ? 21 : c.port(), path, c.user(), secret);
            default -> Endpoint.folder(path);
        };
        return c.hostKey() == null || c.hostKey().isBlank() ? e : e.withHostKey(c.hostKey().strip());
    }
}

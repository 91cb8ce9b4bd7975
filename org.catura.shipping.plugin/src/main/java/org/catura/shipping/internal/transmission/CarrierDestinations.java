package org.catura.shipping.internal.transmission;

import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.core.api.secret.SecretException;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.transfer.api.DestinationDirectory;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferRejectedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The carriers as destinations of org.catura.transfer (owner {@code shipping}, name = the
 * carrier's search key): read from CAT_Carrier when a file is sent, so a corrected host or
 * password applies to files still waiting, and the secret opened only then.
 */
@Component(service = DestinationDirectory.class)
public final class CarrierDestinations implements DestinationDirectory {

    public static final String OWNER = "shipping";
    private static final int SFTP_PORT = 22;
    private static final int FTP_PORT = 21;

    private final Database database;
    private final Secrets secrets;
    private final CarrierTransmissions carriers = new CarrierTransmissions();

    @Activate
    public CarrierDestinations(@Reference Database database, @Reference Secrets secrets,
            @Reference ShippingSchema schema) {
        this.database = database;
        this.secrets = secrets;
    }

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public Optional<Endpoint> endpoint(String name) {
        return database.inTransaction(tx -> carriers.find(tx, name)).filter(c -> c.channel().viaTransfer())
                .map(this::endpoint);
    }

    /** The carrier's transmission settings as an endpoint; {@link TransferRejectedException} when they are incomplete. */
    Endpoint endpoint(CarrierTransmission c) {
        try {
            return switch (c.channel()) {
                case SFTP -> withHostKeys(Endpoint.sftp(required(c, "TransmissionHost", c.host()),
                        c.port() == null ? SFTP_PORT : c.port(), folder(c), c.user(), open(c, c.secretSealed())), c);
                case FTP -> Endpoint.ftp(required(c, "TransmissionHost", c.host()), c.port() == null ? FTP_PORT : c.port(),
                        folder(c), c.user(), open(c, c.secretSealed()));
                case HTTP -> http(c);
                case FOLDER -> Endpoint.folder(required(c, "TransmissionPath", c.path()));
                default -> throw new TransferRejectedException("Carrier " + c.value() + " transmits by " + c.channel()
                        + ", not through a file transfer");
            };
        } catch (IllegalArgumentException e) {
            throw new TransferRejectedException("Carrier " + c.value() + "'s transmission settings are not usable: "
                    + e.getMessage());
        }
    }

    private Endpoint http(CarrierTransmission c) {
        Endpoint http = Endpoint.http("POST", required(c, "TransmissionPath", c.path()));
        String secret = open(c, c.secretSealed());
        if (!secret.isEmpty()) {
            http = http.withCredentials(c.user(), secret);
        }
        String apiKey = open(c, c.apiKeySealed());
        return apiKey.isEmpty() ? http : http.withHeader("X-API-Key", apiKey);
    }

    private static Endpoint withHostKeys(Endpoint sftp, CarrierTransmission c) {
        Endpoint pinned = sftp;
        if (c.hostKey() != null) {
            for (String key : c.hostKey().strip().split("[,\\s]+")) {
                if (!key.isEmpty()) {
                    pinned = pinned.withHostKey(key);
                }
            }
        }
        return pinned;
    }

    private static String folder(CarrierTransmission c) {
        return c.path() == null || c.path().isBlank() ? "." : c.path().strip();
    }

    private static String required(CarrierTransmission c, String column, String value) {
        if (value == null || value.isBlank()) {
            throw new TransferRejectedException("Carrier " + c.value() + " has no " + column + " for "
                    + c.channel() + "; set it in the carrier's settings");
        }
        return value.strip();
    }

    private String open(CarrierTransmission c, String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return "";
        }
        try {
            return secrets.open(sealed);
        } catch (SecretException e) {
            // sealed with another node's key, or changed by hand: only a person can enter it again
            throw new TransferRejectedException("The sealed secret of carrier " + c.value()
                    + " cannot be opened with this node's key; enter the password again in the carrier's settings");
        }
    }
}

package org.catura.shipping.internal.dhl;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.secret.SecretException;
import org.catura.core.api.secret.Secrets;

/**
 * Reads the carrier's DHL settings and the shipment's decided weight and product straight from
 * the shipping tables: a small reader of its own, so the DHL sink depends on no more than the
 * columns of V1. A setting that is missing is named, and the message parked for a person.
 */
final class DhlCarrierReader {

    static final String CHANNEL = "DHL_PARCEL_DE";

    private final Secrets secrets;

    DhlCarrierReader(Secrets secrets) {
        this.secrets = secrets;
    }

    DhlCarrierSettings carrier(Tx tx, String carrier) {
        record Row(String name, String channel, String active, String path, String user, String secret,
                String apiKey, String accountNo, String timeZone) {
        }
        Row row = Sql.one(tx, """
                select Name, TransmissionChannel, IsActive, TransmissionPath, TransmissionUser,
                       TransmissionSecretSealed, ApiKeySealed, AccountNo, TimeZone
                  from CAT_Carrier where AD_Client_ID = ? and Value = ?""",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                tx.clientId(), carrier).orElseThrow(() -> new UndeliverableMessageException(
                        "No carrier '" + carrier + "' is configured (any more); configure it, or discard the message"));
        String what = "Carrier " + carrier + " (" + row.name + ")";
        if (!CHANNEL.equals(row.channel)) {
            throw new UndeliverableMessageException(what + " transmits by " + row.channel + ", not by the DHL API"
                    + " (" + CHANNEL + "); discard this message or set the channel back");
        }
        List<String> missing = new ArrayList<>();
        if (blank(row.path)) {
            missing.add("the orders URL (transmission path)");
        }
        if (blank(row.user)) {
            missing.add("the GKP user (transmission user)");
        }
        if (blank(row.secret)) {
            missing.add("the GKP password (transmission secret)");
        }
        if (blank(row.apiKey)) {
            missing.add("the dhl-api-key (API key)");
        }
        if (blank(row.accountNo)) {
            missing.add("the billing number (account no.)");
        }
        if (!missing.isEmpty()) {
            throw new UndeliverableMessageException(what + " lacks " + String.join(", ", missing)
                    + "; set them on the carrier, then resend");
        }
        URI url;
        try {
            url = URI.create(row.path.strip());
        } catch (IllegalArgumentException e) {
            throw new UndeliverableMessageException(what + ": the orders URL '" + row.path + "' is no URL");
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            throw new UndeliverableMessageException(what + ": the orders URL '" + row.path + "' is no http(s) URL");
        }
        String billing = row.accountNo.strip();
        if (!billing.matches("\\d{12}[0-9A-Za-z]{2}")) {
            throw new UndeliverableMessageException(what + ": the billing number '" + billing + "' does not have"
                    + " DHL's 14 characters (EKP 10 digits, procedure 2, participation 2)");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(row.timeZone);
        } catch (DateTimeException e) {
            zone = ZoneId.of("Europe/Berlin");
        }
        try {
            return new DhlCarrierSettings(carrier, row.name, url, row.user.strip(), secrets.open(row.secret),
                    secrets.open(row.apiKey), billing, zone);
        } catch (SecretException e) {
            throw new UndeliverableMessageException(what + ": its GKP password or API key cannot be opened with this"
                    + " installation's secrets key (sealed elsewhere?); enter them again, then resend");
        }
    }

    /** The decision of the carrier choice for the shipment, with the DHL product of its service. */
    DhlShipmentFacts facts(Tx tx, int shipmentId, String carrier) {
        record Decision(Integer serviceId, String carrier, String service, java.math.BigDecimal weight,
                java.math.BigDecimal length, java.math.BigDecimal width, java.math.BigDecimal height) {
        }
        Decision decision = Sql.one(tx, """
                select service_id, carrier, service, weight_kg, length_cm, width_cm, height_cm
                  from shipping_decision where shipment_id = ?""",
                rs -> new Decision(Sql.integer(rs, "service_id"), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)),
                shipmentId).orElseThrow(() -> new UndeliverableMessageException("Shipment " + shipmentId
                        + " has no carrier decision (shipping_decision): nothing says which DHL product and weight"));
        if (decision.service == null || !carrier.equals(decision.carrier)) {
            throw new UndeliverableMessageException("Shipment " + shipmentId + " was decided for "
                    + (decision.carrier == null ? "no carrier" : decision.carrier + "/" + decision.service)
                    + ", not for " + carrier + "; the message is stale: discard it");
        }
        record Service(String name, String product) {
        }
        Optional<Service> service = decision.serviceId != null
                ? Sql.one(tx, "select Name, CarrierProduct from CAT_ShippingService where CAT_ShippingService_ID = ?",
                        rs -> new Service(rs.getString(1), rs.getString(2)), decision.serviceId)
                : Sql.one(tx, """
                        select s.Name, s.CarrierProduct from CAT_ShippingService s
                          join CAT_Carrier c on c.CAT_Carrier_ID = s.CAT_Carrier_ID
                         where c.AD_Client_ID = ? and c.Value = ? and s.Value = ?""",
                        rs -> new Service(rs.getString(1), rs.getString(2)), tx.clientId(), carrier, decision.service);
        Service chosen = service.orElseThrow(() -> new UndeliverableMessageException("The service " + carrier + "/"
                + decision.service + " chosen for shipment " + shipmentId + " does not exist (any more)"));
        if (blank(chosen.product)) {
            throw new UndeliverableMessageException("The service " + chosen.name + " (" + carrier + "/"
                    + decision.service + ") names no DHL product (carrier product, e.g. V01PAK); set it, then resend");
        }
        if (decision.weight == null || decision.weight.signum() <= 0) {
            throw new UndeliverableMessageException("Shipment " + shipmentId + " has no weight in its carrier decision;"
                    + " DHL needs one (set the products' weights and decide again)");
        }
        return new DhlShipmentFacts(chosen.product.strip(), chosen.name, decision.weight, decision.length,
                decision.width, decision.height);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.catura.shipping.internal.catalogue;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CatalogueImport;
import org.catura.shipping.internal.catalogue.Document.CarrierRow;
import org.catura.shipping.internal.catalogue.Document.RateRow;
import org.catura.shipping.internal.catalogue.Document.RuleRow;
import org.catura.shipping.internal.catalogue.Document.ServiceRow;
import org.catura.shipping.internal.catalogue.Document.ZoneRow;

/**
 * Stores a checked document: rows matched by search key are updated in place (their ids stay),
 * new ones get ids from AD_Sequence; a service's rates in the document replace its stored ones;
 * nothing else is deleted. Secrets are sealed; an absent one keeps what is stored.
 */
final class CatalogueWriter {

    static final String WHO = "catalogue import";
    private static final int ALL_ORGS = 0;
    private static final int SUPER_USER = 100;
    private static final String NOW = "(now() at time zone 'UTC')";
    private static final Sql.TypedNull NO_NUMBER = new Sql.TypedNull(Types.NUMERIC);

    private final RecordIds ids;
    private final Secrets secrets;

    CatalogueWriter(RecordIds ids, Secrets secrets) {
        this.ids = ids;
        this.secrets = secrets;
    }

    CatalogueImport write(Tx tx, Document doc, Tenant tenant) {
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> zoneIds = new HashMap<>();
        tenant.zones().forEach((k, z) -> zoneIds.put(k, z.id()));
        for (ZoneRow z : doc.zones()) {
            zoneIds.put(Tenant.key(z.value()), zone(tx, z, tenant.zones().get(Tenant.key(z.value()))));
        }
        int added = 0;
        int updated = 0;
        int services = 0;
        int rates = 0;
        for (CarrierRow c : doc.carriers()) {
            Tenant.StoredCarrier stored = tenant.carriers().get(Tenant.key(c.value()));
            int carrierId;
            if (stored == null) {
                carrierId = ids.next(tx, "CAT_Carrier");
                insertCarrier(tx, carrierId, c);
                added++;
            } else {
                carrierId = stored.id();
                updateCarrier(tx, carrierId, c);
                updated++;
            }
            Set<String> named = new HashSet<>();
            for (ServiceRow s : c.services()) {
                named.add(Tenant.key(s.value()));
                Tenant.Stored known = stored == null ? null : stored.services().get(Tenant.key(s.value()));
                int serviceId = service(tx, carrierId, s, known);
                services++;
                if (s.rates() != null) {
                    rates += rates(tx, serviceId, s, zoneIds, warnings);
                } else {
                    warnings.add(s.path() + ": no rates in the document; the stored rates of " + c.value() + "/"
                            + s.value() + " stay");
                }
                if (s.rates() != null && s.rates().isEmpty()) {
                    warnings.add(s.path() + ": " + c.value() + "/" + s.value() + " has no rate, so it serves no zone");
                }
            }
            if (stored != null) {
                List<String> left = stored.services().entrySet().stream().filter(e -> !named.contains(e.getKey()))
                        .map(e -> e.getValue().key()).sorted().toList();
                if (!left.isEmpty()) {
                    warnings.add("services of carrier " + c.value() + " in the tenant but not in the document, kept "
                            + "as they are: " + String.join(", ", left));
                }
            }
        }
        notInDocument("carriers", tenant.carriers().values().stream().map(Tenant.StoredCarrier::value).toList(),
                doc.carriers().stream().map(CarrierRow::value).toList(), warnings);
        notInDocument("zones", tenant.zones().values().stream().map(Tenant.Stored::key).toList(),
                doc.zones().stream().map(ZoneRow::value).toList(), warnings);
        for (RuleRow r : doc.rules()) {
            rule(tx, r, tenant.rules().get(Tenant.key(r.name())));
        }
        notInDocument("rules", tenant.rules().values().stream().map(Tenant.Stored::key).toList(),
                doc.rules().stream().map(RuleRow::name).toList(), warnings);
        return new CatalogueImport(added, updated, doc.zones().size(), services, rates, doc.rules().size(), warnings);
    }

    private static void notInDocument(String what, List<String> stored, List<String> inDocument,
            List<String> warnings) {
        Set<String> named = new HashSet<>();
        inDocument.forEach(v -> named.add(Tenant.key(v)));
        List<String> left = stored.stream().filter(v -> !named.contains(Tenant.key(v))).sorted().toList();
        if (!left.isEmpty()) {
            warnings.add(what + " in the tenant but not in the document, kept as they are (never deleted; "
                    + "\"active\": false retires one): " + String.join(", ", left));
        }
    }

    private int zone(Tx tx, ZoneRow z, Tenant.Stored stored) {
        String countries = String.join(",", z.countries());
        if (stored != null) {
            Sql.update(tx, "update CAT_ShippingZone set Value = ?, Name = ?, SeqNo = ?, CountryCodes = ?, "
                    + "PostalCodes = ?, IsIsland = ?, IsActive = ?, Updated = " + NOW + ", UpdatedBy = ?, ChangedBy = ? "
                    + "where CAT_ShippingZone_ID = ?", z.value(), z.name(), z.seqNo(), countries,
                    Sql.text(z.postalCodes()), flag(z.island()), flag(z.active()), SUPER_USER, WHO, stored.id());
            return stored.id();
        }
        int id = ids.next(tx, "CAT_ShippingZone");
        Sql.update(tx, "insert into CAT_ShippingZone (CAT_ShippingZone_ID, CAT_ShippingZone_UU, AD_Client_ID, "
                + "AD_Org_ID, IsActive, Created, CreatedBy, Updated, UpdatedBy, SeqNo, Value, Name, CountryCodes, "
                + "PostalCodes, IsIsland, ChangedBy) values (?, ?, ?, ?, ?, " + NOW + ", ?, " + NOW
                + ", ?, ?, ?, ?, ?, ?, ?, ?)", id, uuid(), tx.clientId(), ALL_ORGS, flag(z.active()), SUPER_USER,
                SUPER_USER, z.seqNo(), z.value(), z.name(), countries, Sql.text(z.postalCodes()), flag(z.island()), WHO);
        return id;
    }

    /** The carrier's columns but the secrets, in the order of {@link #carrierValues}. */
    private static final String CARRIER_COLUMNS = "Value, Name, Description, CarrierKind, M_Warehouse_ID, "
            + "AmazonCarrierCode, AmazonCarrierName, TrackingURL, TrackingNoPattern, IsActive, TransmissionChannel, "
            + "TransmissionFormat, TransmissionTemplate, TransmissionHost, TransmissionPort, TransmissionPath, "
            + "TransmissionUser, TransmissionHostKey, EMail, AccountNo, ReturnChannel, ReturnHost, ReturnPort, "
            + "ReturnPath, ReturnUser, ReturnHostKey, ConfirmWithinHours, WorkDays, WorkDayStart, WorkDayEnd, "
            + "CutOffTime, TimeZone";

    private static List<Object> carrierValues(CarrierRow c) {
        Document.Transmission t = c.transmission();
        Document.Return r = c.returns();
        Document.Watchdog w = c.watchdog();
        List<Object> v = new ArrayList<>(List.of(c.value(), c.name()));
        v.add(Sql.text(c.description()));
        v.add(c.kind().name());
        v.add(c.warehouseId());
        v.add(Sql.text(c.amazonCarrierCode()));
        v.add(Sql.text(c.amazonCarrierName()));
        v.add(Sql.text(c.trackingUrl()));
        v.add(Sql.text(c.trackingNoPattern()));
        v.add(flag(c.active()));
        v.add(t.channel());
        v.add(Sql.text(t.format()));
        v.add(Sql.text(t.template()));
        v.add(Sql.text(t.host()));
        v.add(number(t.port()));
        v.add(Sql.text(t.path()));
        v.add(Sql.text(t.user()));
        v.add(Sql.text(t.hostKey()));
        v.add(Sql.text(t.email()));
        v.add(Sql.text(t.accountNo()));
        v.add(r.channel());
        v.add(Sql.text(r.host()));
        v.add(number(r.port()));
        v.add(Sql.text(r.path()));
        v.add(Sql.text(r.user()));
        v.add(Sql.text(r.hostKey()));
        v.add(w.confirmWithinHours());
        v.add(w.workDays());
        v.add(w.workDayStart());
        v.add(w.workDayEnd());
        v.add(Sql.text(w.cutOff()));
        v.add(w.timeZone());
        return v;
    }

    private void insertCarrier(Tx tx, int id, CarrierRow c) {
        List<Object> values = new ArrayList<>(List.of(id, uuid(), tx.clientId(), ALL_ORGS, SUPER_USER, SUPER_USER, WHO));
        values.addAll(carrierValues(c));
        values.add(sealed(c.transmission().secret()));
        values.add(sealed(c.transmission().apiKey()));
        values.add(sealed(c.returns().secret()));
        int columns = CARRIER_COLUMNS.split(",").length + 3;
        Sql.update(tx, "insert into CAT_Carrier (CAT_Carrier_ID, CAT_Carrier_UU, AD_Client_ID, AD_Org_ID, Created, "
                + "CreatedBy, Updated, UpdatedBy, ChangedBy, " + CARRIER_COLUMNS + ", TransmissionSecretSealed, "
                + "ApiKeySealed, ReturnSecretSealed) values (?, ?, ?, ?, " + NOW + ", ?, " + NOW + ", ?, ?, "
                + "?, ".repeat(columns - 1) + "?)", values.toArray());
    }

    private void updateCarrier(Tx tx, int id, CarrierRow c) {
        StringBuilder set = new StringBuilder();
        for (String column : CARRIER_COLUMNS.split(",")) {
            set.append(column.strip()).append(" = ?, ");
        }
        List<Object> values = new ArrayList<>(carrierValues(c));
        secret(set, values, "TransmissionSecretSealed", c.transmission().secret());
        secret(set, values, "ApiKeySealed", c.transmission().apiKey());
        secret(set, values, "ReturnSecretSealed", c.returns().secret());
        values.add(SUPER_USER);
        values.add(WHO);
        values.add(id);
        Sql.update(tx, "update CAT_Carrier set " + set + "Updated = " + NOW + ", UpdatedBy = ?, ChangedBy = ? "
                + "where CAT_Carrier_ID = ?", values.toArray());
    }

    /** An absent secret leaves the column alone. */
    private void secret(StringBuilder set, List<Object> values, String column, String plain) {
        if (plain != null) {
            set.append(column).append(" = ?, ");
            values.add(sealed(plain));
        }
    }

    private Object sealed(String plain) {
        return plain == null || plain.isEmpty() ? Sql.TypedNull.TEXT : secrets.seal(plain);
    }

    private int service(Tx tx, int carrierId, ServiceRow s, Tenant.Stored stored) {
        Object[] values = {s.value(), s.name(), Sql.text(s.carrierProduct()), s.serviceLevel(), s.maxWeightKg(),
                number(s.maxLengthCm()), number(s.maxWidthCm()), number(s.maxHeightCm()), number(s.maxGirthCm()),
                flag(s.cod()), flag(s.signature()), flag(s.idCheck()), flag(s.ageCheck()), s.currencyId(),
                s.codSurcharge(), number(s.bulkyLengthCm()), s.bulkySurcharge(), s.islandSurcharge(),
                Sql.text(s.cutOff()), flag(s.active())};
        String columns = "Value, Name, CarrierProduct, ServiceLevel, MaxWeight, MaxLength, MaxWidth, MaxHeight, "
                + "MaxGirth, IsCOD, IsSignature, IsIdCheck, IsAgeCheck, C_Currency_ID, CODSurcharge, BulkyLength, "
                + "BulkySurcharge, IslandSurcharge, CutOffTime, IsActive";
        if (stored != null) {
            StringBuilder set = new StringBuilder();
            for (String column : columns.split(",")) {
                set.append(column.strip()).append(" = ?, ");
            }
            List<Object> all = new ArrayList<>(List.of(values));
            all.add(SUPER_USER);
            all.add(WHO);
            all.add(stored.id());
            Sql.update(tx, "update CAT_ShippingService set " + set + "Updated = " + NOW + ", UpdatedBy = ?, "
                    + "ChangedBy = ? where CAT_ShippingService_ID = ?", all.toArray());
            return stored.id();
        }
        int id = ids.next(tx, "CAT_ShippingService");
        List<Object> all = new ArrayList<>(List.of(id, uuid(), tx.clientId(), ALL_ORGS, SUPER_USER, SUPER_USER, WHO,
                carrierId));
        all.addAll(List.of(values));
        Sql.update(tx, "insert into CAT_ShippingService (CAT_ShippingService_ID, CAT_ShippingService_UU, AD_Client_ID, "
                + "AD_Org_ID, Created, CreatedBy, Updated, UpdatedBy, ChangedBy, CAT_Carrier_ID, " + columns
                + ") values (?, ?, ?, ?, " + NOW + ", ?, " + NOW + ", ?, ?, ?, " + "?, ".repeat(values.length - 1)
                + "?)", all.toArray());
        return id;
    }

    /** The document's rates of the service replace its stored ones; a band that stays keeps its id. */
    private int rates(Tx tx, int serviceId, ServiceRow s, Map<String, Integer> zoneIds, List<String> warnings) {
        Map<String, Integer> stored = new HashMap<>();
        Sql.query(tx, "select CAT_ShippingRate_ID, CAT_ShippingZone_ID, MaxWeight from CAT_ShippingRate "
                + "where CAT_ShippingService_ID = ?", rs -> stored.put(rs.getInt(2) + " "
                + rs.getBigDecimal(3).stripTrailingZeros().toPlainString(), rs.getInt(1)), serviceId);
        Set<Integer> kept = new HashSet<>();
        for (RateRow r : s.rates()) {
            int zoneId = zoneIds.get(Tenant.key(r.zone()));
            Integer id = stored.get(zoneId + " " + r.maxWeightKg().stripTrailingZeros().toPlainString());
            if (id != null) {
                kept.add(id);
                Sql.update(tx, "update CAT_ShippingRate set Price = ?, TransitDays = ?, IsActive = 'Y', Updated = "
                        + NOW + ", UpdatedBy = ? where CAT_ShippingRate_ID = ?", r.price(), r.transitDays(), SUPER_USER,
                        id);
            } else {
                int newId = ids.next(tx, "CAT_ShippingRate");
                Sql.update(tx, "insert into CAT_ShippingRate (CAT_ShippingRate_ID, CAT_ShippingRate_UU, AD_Client_ID, "
                        + "AD_Org_ID, Created, CreatedBy, Updated, UpdatedBy, CAT_ShippingService_ID, "
                        + "CAT_ShippingZone_ID, MaxWeight, Price, TransitDays) values (?, ?, ?, ?, " + NOW + ", ?, "
                        + NOW + ", ?, ?, ?, ?, ?, ?)", newId, uuid(), tx.clientId(), ALL_ORGS, SUPER_USER, SUPER_USER,
                        serviceId, zoneId, r.maxWeightKg(), r.price(), r.transitDays());
            }
        }
        List<Integer> gone = stored.values().stream().filter(id -> !kept.contains(id)).toList();
        for (Integer id : gone) {
            Sql.update(tx, "delete from CAT_ShippingRate where CAT_ShippingRate_ID = ?", id);
        }
        if (!gone.isEmpty()) {
            warnings.add(s.path() + ": " + gone.size() + " stored rate(s) of service " + s.value()
                    + " not in the document removed");
        }
        return s.rates().size();
    }

    private void rule(Tx tx, RuleRow r, Tenant.Stored stored) {
        if (stored != null) {
            Sql.update(tx, "update CAT_ShippingRule set SeqNo = ?, Name = ?, RuleCondition = ?, ShippingAction = ?, "
                    + "ActionValue = ?, Reason = ?, IsActive = ?, Updated = " + NOW + ", UpdatedBy = ?, ChangedBy = ? "
                    + "where CAT_ShippingRule_ID = ?", r.seqNo(), r.name(), r.condition(), r.action(), r.value(),
                    Sql.text(r.reason()), flag(r.active()), SUPER_USER, WHO, stored.id());
            return;
        }
        Sql.update(tx, "insert into CAT_ShippingRule (CAT_ShippingRule_ID, CAT_ShippingRule_UU, AD_Client_ID, "
                + "AD_Org_ID, IsActive, Created, CreatedBy, Updated, UpdatedBy, SeqNo, Name, RuleCondition, "
                + "ShippingAction, ActionValue, Reason, ChangedBy) values (?, ?, ?, ?, ?, " + NOW + ", ?, " + NOW
                + ", ?, ?, ?, ?, ?, ?, ?, ?)", ids.next(tx, "CAT_ShippingRule"), uuid(), tx.clientId(), ALL_ORGS,
                flag(r.active()), SUPER_USER, SUPER_USER, r.seqNo(), r.name(), r.condition(), r.action(), r.value(),
                Sql.text(r.reason()), WHO);
    }

    private static Object number(Object n) {
        return n == null ? NO_NUMBER : n;
    }

    private static String flag(boolean yes) {
        return yes ? "Y" : "N";
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    static BigDecimal plain(BigDecimal d) {
        return d == null ? null : new BigDecimal(d.stripTrailingZeros().toPlainString());
    }
}

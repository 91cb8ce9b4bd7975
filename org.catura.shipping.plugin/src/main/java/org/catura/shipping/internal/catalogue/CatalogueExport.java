package org.catura.shipping.internal.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Warehouse;

/**
 * The tenant's catalogue as a document in the import's format: every column the import writes,
 * absent values left out, secrets never written (a re-import keeps the stored ones).
 */
final class CatalogueExport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    ObjectNode export(Tx tx, List<Warehouse> warehouses) {
        int client = tx.clientId();
        Map<Integer, String> warehouse = new HashMap<>();
        warehouses.forEach(w -> warehouse.put(w.id(), w.value()));
        ObjectNode root = JSON.objectNode();
        ArrayNode zones = root.putArray("zones");
        Sql.query(tx, """
                select Value, Name, SeqNo, CountryCodes, PostalCodes, IsIsland, IsActive from CAT_ShippingZone
                 where AD_Client_ID = ? order by SeqNo, Value""", rs -> {
            ObjectNode z = zones.addObject();
            z.put("value", rs.getString(1));
            z.put("name", rs.getString(2));
            z.put("seqNo", rs.getInt(3));
            ArrayNode countries = z.putArray("countries");
            for (String c : rs.getString(4).split(",")) {
                if (!c.isBlank()) {
                    countries.add(c.strip());
                }
            }
            text(z, "postalCodes", rs.getString(5));
            z.put("island", "Y".equals(rs.getString(6)));
            z.put("active", "Y".equals(rs.getString(7)));
            return null;
        }, client);

        Map<Integer, ArrayNode> servicesOf = new HashMap<>();
        Map<Integer, ArrayNode> ratesOf = new HashMap<>();
        ArrayNode carriers = root.putArray("carriers");
        Sql.query(tx, "select * from CAT_Carrier where AD_Client_ID = ? order by Value", rs -> {
            ObjectNode c = carriers.addObject();
            c.put("value", rs.getString("Value"));
            c.put("name", rs.getString("Name"));
            c.put("kind", rs.getString("CarrierKind"));
            int w = rs.getInt("M_Warehouse_ID");
            c.put("warehouse", warehouse.getOrDefault(w, String.valueOf(w)));
            text(c, "description", rs.getString("Description"));
            text(c, "amazonCarrierCode", rs.getString("AmazonCarrierCode"));
            text(c, "amazonCarrierName", rs.getString("AmazonCarrierName"));
            text(c, "trackingUrl", rs.getString("TrackingURL"));
            text(c, "trackingNoPattern", rs.getString("TrackingNoPattern"));
            c.put("active", "Y".equals(rs.getString("IsActive")));
            ObjectNode t = c.putObject("transmission");
            t.put("channel", rs.getString("TransmissionChannel"));
            text(t, "format", rs.getString("TransmissionFormat"));
            String template = rs.getString("TransmissionTemplate");
            if (template != null && !template.isBlank()) {
                t.put("template", template);
            }
            text(t, "host", rs.getString("TransmissionHost"));
            integer(t, "port", rs, "TransmissionPort");
            text(t, "path", rs.getString("TransmissionPath"));
            text(t, "user", rs.getString("TransmissionUser"));
            text(t, "hostKey", rs.getString("TransmissionHostKey"));
            text(t, "email", rs.getString("EMail"));
            text(t, "accountNo", rs.getString("AccountNo"));
            ObjectNode r = c.putObject("return");
            r.put("channel", rs.getString("ReturnChannel"));
            text(r, "host", rs.getString("ReturnHost"));
            integer(r, "port", rs, "ReturnPort");
            text(r, "path", rs.getString("ReturnPath"));
            text(r, "user", rs.getString("ReturnUser"));
            text(r, "hostKey", rs.getString("ReturnHostKey"));
            ObjectNode d = c.putObject("watchdog");
            d.put("confirmWithinHours", rs.getInt("ConfirmWithinHours"));
            d.put("workDays", rs.getString("WorkDays"));
            d.put("workDayStart", rs.getString("WorkDayStart"));
            d.put("workDayEnd", rs.getString("WorkDayEnd"));
            text(d, "cutOff", rs.getString("CutOffTime"));
            d.put("timeZone", rs.getString("TimeZone"));
            servicesOf.put(rs.getInt("CAT_Carrier_ID"), c.putArray("services"));
            return null;
        }, client);

        Sql.query(tx, """
                select s.*, cur.ISO_Code from CAT_ShippingService s
                  left join C_Currency cur on cur.C_Currency_ID = s.C_Currency_ID
                 where s.AD_Client_ID = ? order by s.Value""", rs -> {
            ArrayNode list = servicesOf.get(rs.getInt("CAT_Carrier_ID"));
            if (list == null) {
                return null;
            }
            ObjectNode s = list.addObject();
            s.put("value", rs.getString("Value"));
            s.put("name", rs.getString("Name"));
            text(s, "carrierProduct", rs.getString("CarrierProduct"));
            s.put("serviceLevel", rs.getString("ServiceLevel"));
            decimal(s, "maxWeightKg", rs.getBigDecimal("MaxWeight"));
            decimal(s, "maxLengthCm", rs.getBigDecimal("MaxLength"));
            decimal(s, "maxWidthCm", rs.getBigDecimal("MaxWidth"));
            decimal(s, "maxHeightCm", rs.getBigDecimal("MaxHeight"));
            decimal(s, "maxGirthCm", rs.getBigDecimal("MaxGirth"));
            s.put("cod", "Y".equals(rs.getString("IsCOD")));
            s.put("signature", "Y".equals(rs.getString("IsSignature")));
            s.put("idCheck", "Y".equals(rs.getString("IsIdCheck")));
            s.put("ageCheck", "Y".equals(rs.getString("IsAgeCheck")));
            text(s, "currency", rs.getString("ISO_Code") == null ? null : rs.getString("ISO_Code").strip());
            decimal(s, "codSurcharge", rs.getBigDecimal("CODSurcharge"));
            decimal(s, "bulkyLengthCm", rs.getBigDecimal("BulkyLength"));
            decimal(s, "bulkySurcharge", rs.getBigDecimal("BulkySurcharge"));
            decimal(s, "islandSurcharge", rs.getBigDecimal("IslandSurcharge"));
            text(s, "cutOff", rs.getString("CutOffTime"));
            s.put("active", "Y".equals(rs.getString("IsActive")));
            ratesOf.put(rs.getInt("CAT_ShippingService_ID"), s.putArray("rates"));
            return null;
        }, client);

        Sql.query(tx, """
                select r.CAT_ShippingService_ID, z.Value, r.MaxWeight, r.Price, r.TransitDays
                  from CAT_ShippingRate r join CAT_ShippingZone z on z.CAT_ShippingZone_ID = r.CAT_ShippingZone_ID
                 where r.AD_Client_ID = ? order by z.SeqNo, z.Value, r.MaxWeight""", rs -> {
            ArrayNode list = ratesOf.get(rs.getInt(1));
            if (list != null) {
                ObjectNode r = list.addObject();
                r.put("zone", rs.getString(2));
                decimal(r, "maxWeightKg", rs.getBigDecimal(3));
                decimal(r, "price", rs.getBigDecimal(4));
                r.put("transitDays", rs.getInt(5));
            }
            return null;
        }, client);

        ArrayNode rules = root.putArray("rules");
        Sql.query(tx, """
                select SeqNo, Name, RuleCondition, ShippingAction, ActionValue, Reason, IsActive from CAT_ShippingRule
                 where AD_Client_ID = ? order by SeqNo, Name""", rs -> {
            ObjectNode r = rules.addObject();
            r.put("seqNo", rs.getInt(1));
            r.put("name", rs.getString(2));
            r.put("condition", rs.getString(3));
            r.put("action", rs.getString(4));
            r.put("value", rs.getString(5));
            text(r, "reason", rs.getString(6));
            r.put("active", "Y".equals(rs.getString(7)));
            return null;
        }, client);
        return root;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static void decimal(ObjectNode node, String field, BigDecimal value) {
        if (value != null) {
            node.put(field, CatalogueWriter.plain(value));
        }
    }

    private static void integer(ObjectNode node, String field, ResultSet rs, String column) throws SQLException {
        Integer v = Sql.integer(rs, column);
        if (v != null) {
            node.put(field, v);
        }
    }
}

package org.catura.shipping.internal.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Warehouse;

/**
 * What the tenant holds already, read before a document is checked: the search keys a document
 * may refer to without defining them, and the rows an import updates. Keys ignore case.
 */
record Tenant(Map<String, Stored> zones, Map<String, StoredCarrier> carriers, Map<String, Stored> rules,
        List<Warehouse> warehouses) {

    record Stored(int id, String key) {
    }

    record StoredCarrier(int id, String value, boolean hasSecret, boolean hasApiKey, boolean hasReturnSecret,
            Map<String, Stored> services) {
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static Tenant load(Tx tx, List<Warehouse> warehouses) {
        int client = tx.clientId();
        Map<String, Stored> zones = new LinkedHashMap<>();
        Sql.query(tx, "select CAT_ShippingZone_ID, Value from CAT_ShippingZone where AD_Client_ID = ? "
                + "order by CAT_ShippingZone_ID", rs -> zones.putIfAbsent(key(rs.getString(2)),
                new Stored(rs.getInt(1), rs.getString(2))), client);
        Map<String, StoredCarrier> carriers = new LinkedHashMap<>();
        Map<Integer, StoredCarrier> byId = new LinkedHashMap<>();
        Sql.query(tx, "select CAT_Carrier_ID, Value, coalesce(TransmissionSecretSealed, '') <> '', "
                + "coalesce(ApiKeySealed, '') <> '', coalesce(ReturnSecretSealed, '') <> '' from CAT_Carrier where AD_Client_ID = ? order by Value = lower(Value) desc, CAT_Carrier_ID", rs -> {
                    StoredCarrier c = new StoredCarrier(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getBoolean(5), new LinkedHashMap<>());
                    byId.put(c.id(), c);
                    return carriers.putIfAbsent(key(c.value()), c);
                }, client);
        Sql.query(tx, "select CAT_Carrier_ID, CAT_ShippingService_ID, Value from CAT_ShippingService "
                + "where AD_Client_ID = ? order by CAT_ShippingService_ID", rs -> {
                    StoredCarrier c = byId.get(rs.getInt(1));
                    return c == null ? null : c.services().putIfAbsent(key(rs.getString(3)),
                            new Stored(rs.getInt(2), rs.getString(3)));
                }, client);
        Map<String, Stored> rules = new LinkedHashMap<>();
        Sql.query(tx, "select CAT_ShippingRule_ID, Name from CAT_ShippingRule where AD_Client_ID = ? "
                + "order by CAT_ShippingRule_ID", rs -> rules.putIfAbsent(key(rs.getString(2)),
                new Stored(rs.getInt(1), rs.getString(2))), client);
        return new Tenant(zones, carriers, rules, List.copyOf(warehouses));
    }
}

package org.catura.shipping.internal.pages;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;

/**
 * The carrier pages' reads and writes of the CAT_ configuration tables, for the tenant of the
 * transaction. Rows are maps by column name (case-insensitive, as PostgreSQL folds them); new
 * rows get their ids from the ERP's AD_Sequence, and every write stamps Updated, UpdatedBy and
 * ChangedBy (the Catura user's name: Catura's users are no AD_Users).
 */
final class CarrierStore {

    /** AD_User_ID SuperUser, as core writes for Catura's own users. */
    static final int SUPER_USER = 100;
    private static final String UTC_NOW = "(now() at time zone 'UTC')";

    /** The tables these pages write, with their key column; CAT_ShippingRate has no ChangedBy. */
    enum Table {
        CAT_Carrier, CAT_ShippingService, CAT_ShippingRate, CAT_ShippingZone, CAT_ShippingRule;

        String id() {
            return name() + "_ID";
        }

        boolean hasChangedBy() {
            return this != CAT_ShippingRate;
        }
    }

    private final RecordIds ids;

    CarrierStore(RecordIds ids) {
        this.ids = ids;
    }

    List<Map<String, Object>> carriers(Tx tx) {
        return Sql.query(tx, """
                SELECT c.CAT_Carrier_ID, c.Value, c.Name, c.CarrierKind, c.M_Warehouse_ID, c.TransmissionChannel,
                       c.TransmissionFormat, c.ReturnChannel, c.IsActive,
                       (SELECT count(*) FROM CAT_ShippingService s WHERE s.CAT_Carrier_ID = c.CAT_Carrier_ID) AS services,
                       (SELECT count(*) FROM CAT_ShippingService s WHERE s.CAT_Carrier_ID = c.CAT_Carrier_ID
                           AND s.IsActive = 'Y') AS activeServices
                  FROM CAT_Carrier c WHERE c.AD_Client_ID = ? ORDER BY c.IsActive DESC, c.Value""",
                CarrierStore::row, tx.clientId());
    }

    Optional<Map<String, Object>> get(Tx tx, Table table, long id) {
        return Sql.one(tx, "SELECT * FROM " + table + " WHERE " + table.id() + " = ? AND AD_Client_ID = ?",
                CarrierStore::row, id, tx.clientId());
    }

    List<Map<String, Object>> services(Tx tx, long carrierId) {
        return Sql.query(tx, """
                SELECT s.*, cur.ISO_Code,
                       (SELECT count(*) FROM CAT_ShippingRate r WHERE r.CAT_ShippingService_ID = s.CAT_ShippingService_ID)
                           AS rates
                  FROM CAT_ShippingService s LEFT JOIN C_Currency cur ON cur.C_Currency_ID = s.C_Currency_ID
                 WHERE s.CAT_Carrier_ID = ? AND s.AD_Client_ID = ? ORDER BY s.IsActive DESC, s.Value""",
                CarrierStore::row, carrierId, tx.clientId());
    }

    List<Map<String, Object>> rates(Tx tx, long serviceId) {
        return Sql.query(tx, """
                SELECT r.CAT_ShippingRate_ID, z.Value AS zone, z.Name AS zoneName, z.IsActive AS zoneActive,
                       r.MaxWeight, r.Price, r.TransitDays
                  FROM CAT_ShippingRate r JOIN CAT_ShippingZone z ON z.CAT_ShippingZone_ID = r.CAT_ShippingZone_ID
                 WHERE r.CAT_ShippingService_ID = ? AND r.AD_Client_ID = ? ORDER BY z.SeqNo, z.Value, r.MaxWeight""",
                CarrierStore::row, serviceId, tx.clientId());
    }

    List<Map<String, Object>> zones(Tx tx) {
        return Sql.query(tx, "SELECT * FROM CAT_ShippingZone WHERE AD_Client_ID = ? ORDER BY IsActive DESC, SeqNo, Value",
                CarrierStore::row, tx.clientId());
    }

    List<Map<String, Object>> rules(Tx tx) {
        return Sql.query(tx, "SELECT * FROM CAT_ShippingRule WHERE AD_Client_ID = ? ORDER BY IsActive DESC, SeqNo, Name",
                CarrierStore::row, tx.clientId());
    }

    /** Active zones, id → "value – name", for a rate's zone. */
    Map<String, String> zoneChoices(Tx tx) {
        Map<String, String> m = new LinkedHashMap<>();
        Sql.query(tx, "SELECT CAT_ShippingZone_ID, Value, Name FROM CAT_ShippingZone WHERE AD_Client_ID = ? "
                + "AND IsActive = 'Y' ORDER BY SeqNo, Value", rs -> m.put(Long.toString(rs.getLong(1)),
                        rs.getString(2) + " – " + rs.getString(3)), tx.clientId());
        return m;
    }

    /** Active currencies, id → ISO code. */
    Map<String, String> currencies(Tx tx) {
        Map<String, String> m = new LinkedHashMap<>();
        Sql.query(tx, "SELECT C_Currency_ID, ISO_Code FROM C_Currency WHERE IsActive = 'Y' ORDER BY ISO_Code",
                rs -> m.put(Long.toString(rs.getLong(1)), rs.getString(2).strip()));
        return m;
    }

    /** Whether another row of the tenant (or of the parent, for services and rates) has this value. */
    boolean taken(Tx tx, Table table, String column, Object value, String parentColumn, Long parent, long exceptId) {
        String sql = "SELECT 1 FROM " + table + " WHERE " + column + " = ? AND AD_Client_ID = ? AND " + table.id()
                + " <> ?" + (parentColumn == null ? "" : " AND " + parentColumn + " = ?");
        List<Object> params = new ArrayList<>(List.of(value, tx.clientId(), exceptId));
        if (parentColumn != null) {
            params.add(parent);
        }
        return Sql.one(tx, sql, rs -> Boolean.TRUE, params.toArray()).isPresent();
    }

    /** A new row with {@code values} (column → value, columns from the page's own field list); its id. */
    int insert(Tx tx, Table table, Map<String, Object> values, String who) {
        int id = ids.next(tx, table.name());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(table.id(), id);
        all.put(table.name() + "_UU", UUID.randomUUID().toString());
        all.put("AD_Client_ID", tx.clientId());
        all.put("AD_Org_ID", 0);
        all.put("CreatedBy", SUPER_USER);
        all.put("UpdatedBy", SUPER_USER);
        if (table.hasChangedBy()) {
            all.put("ChangedBy", who);
        }
        all.putAll(values);
        StringBuilder cols = new StringBuilder("Created, Updated");
        StringBuilder marks = new StringBuilder(UTC_NOW + ", " + UTC_NOW);
        for (String c : all.keySet()) {
            cols.append(", ").append(c);
            marks.append(", ?");
        }
        Sql.update(tx, "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")", all.values().toArray());
        return id;
    }

    /** Changes the row's {@code values}; false when it is not the tenant's row. */
    boolean update(Tx tx, Table table, long id, Map<String, Object> values, String who) {
        StringBuilder set = new StringBuilder("Updated = " + UTC_NOW + ", UpdatedBy = ?");
        List<Object> params = new ArrayList<>();
        params.add(SUPER_USER);
        if (table.hasChangedBy()) {
            set.append(", ChangedBy = ?");
            params.add(who);
        }
        values.forEach((c, v) -> {
            set.append(", ").append(c).append(" = ?");
            params.add(v);
        });
        params.add(id);
        params.add(tx.clientId());
        return Sql.update(tx, "UPDATE " + table + " SET " + set + " WHERE " + table.id() + " = ? AND AD_Client_ID = ?",
                params.toArray()) == 1;
    }

    /** Rates are bands of a price table, not records anyone refers to: removing one deletes it. */
    boolean deleteRate(Tx tx, long serviceId, long rateId) {
        return Sql.update(tx, "DELETE FROM CAT_ShippingRate WHERE CAT_ShippingRate_ID = ? AND CAT_ShippingService_ID = ? "
                + "AND AD_Client_ID = ?", rateId, serviceId, tx.clientId()) == 1;
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof String s && md.getColumnType(i) == java.sql.Types.CHAR) {
                v = s.strip();
            }
            m.put(md.getColumnLabel(i), v);
        }
        return m;
    }
}

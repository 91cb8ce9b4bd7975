package org.catura.shipping.internal.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.Carrier;
import org.catura.shipping.api.CarrierKind;
import org.catura.shipping.api.Carriers;
import org.catura.shipping.internal.ShippingSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's carriers read from CAT_Carrier, in the transaction given, ordered by search key. */
@Component(service = Carriers.class)
public final class CarriersStore implements Carriers {

    private static final String SELECT = """
            select CAT_Carrier_ID, Value, Name, CarrierKind, M_Warehouse_ID, AmazonCarrierCode, AmazonCarrierName,
                   TrackingURL, IsActive
              from CAT_Carrier where AD_Client_ID = ?""";

    @Activate
    public CarriersStore(@Reference ShippingSchema schema) {
        // the schema reference only orders activation
    }

    /** Outside OSGi: the tables exist already. */
    public CarriersStore() {
    }

    @Override
    public List<Carrier> list(Tx tx) {
        return Sql.query(tx, SELECT + " order by Value, CAT_Carrier_ID", CarriersStore::read, tx.clientId());
    }

    @Override
    public Optional<Carrier> get(Tx tx, int carrierId) {
        return Sql.one(tx, SELECT + " and CAT_Carrier_ID = ?", CarriersStore::read, tx.clientId(), carrierId);
    }

    @Override
    public Optional<Carrier> find(Tx tx, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // an exact match first: the unique index is on the exact value, so 'DHL' and 'dhl' may both exist
        return Sql.one(tx, SELECT + " and lower(Value) = lower(?) order by Value = ? desc, CAT_Carrier_ID",
                CarriersStore::read, tx.clientId(), value.strip(), value.strip());
    }

    private static Carrier read(ResultSet rs) throws SQLException {
        return new Carrier(rs.getInt(1), rs.getString(2), rs.getString(3), CarrierKind.valueOf(rs.getString(4)),
                rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), "Y".equals(rs.getString(9)));
    }
}

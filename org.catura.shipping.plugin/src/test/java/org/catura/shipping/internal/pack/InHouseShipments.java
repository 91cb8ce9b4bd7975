package org.catura.shipping.internal.pack;

import java.time.Instant;
import org.catura.core.api.db.Sql;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.process.DocumentKind;
import org.catura.shipping.api.ShippingReferences;
import org.catura.webui.internal.PackSite;

/**
 * What the transmission station leaves for the pack page (contract 3: a PACK_PAGE row in
 * shipping_transmission), written here directly because the station is another helper's part.
 */
final class InHouseShipments {

    static final int CARRIER_ID = 1_000_001;

    private final PackSite site;

    InHouseShipments(PackSite site) {
        this.site = site;
        site.tx(tx -> {
            int warehouse = site.erp().products().warehouses(tx).get(0).id();
            Sql.update(tx, """
                    insert into CAT_Carrier (CAT_Carrier_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value, Name,
                        CarrierKind, M_Warehouse_ID, TransmissionChannel, ReturnChannel)
                    values (?, ?, 0, 100, 100, 'house', 'Own warehouse', 'IN_HOUSE', ?, 'PACK_PAGE', 'PACK_PAGE')
                    on conflict do nothing""", CARRIER_ID, tx.clientId(), warehouse);
            return null;
        });
    }

    /** The order's delivery note, transmitted to the pack page; its confirmation due at {@code due}. */
    Shipment transmit(long orderId, Instant due) {
        return site.tx(tx -> {
            int so = site.process().view(tx, orderId).orElseThrow().documents().get(DocumentKind.SALES_ORDER);
            Shipment s = site.erp().shipments().findByOrder(tx, so).get(0);
            Sql.update(tx, """
                    insert into shipping_transmission (shipment_id, order_id, carrier_id, reference, channel,
                        idempotency_key, transmitted_at, confirm_due_at)
                    values (?, ?, ?, ?, 'PACK_PAGE', ?, ?, ?)""", s.id(), orderId, CARRIER_ID,
                    ShippingReferences.of(s.id()), "shipping:" + s.id() + ":house", Instant.now(), due);
            return s;
        });
    }
}

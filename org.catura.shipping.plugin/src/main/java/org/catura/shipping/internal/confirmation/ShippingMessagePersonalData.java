package org.catura.shipping.internal.confirmation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;
import org.catura.shipping.internal.ShippingSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Carrier messages (shipping_message.content) may carry the buyer's name and address: erased with
 * the order; a message of no order (unknown reference, garbled) once its days have passed. The
 * row, its outcome, detail and hash stay.
 */
@Component(service = PersonalDataHolder.class)
public final class ShippingMessagePersonalData implements PersonalDataHolder {

    static final byte[] ERASED = PersonalData.ERASED.getBytes(StandardCharsets.UTF_8);

    @Activate
    public ShippingMessagePersonalData(@Reference ShippingSchema schema) {
        // the schema reference only orders activation
    }

    /** For tests and callers without OSGi. */
    public ShippingMessagePersonalData() {
    }

    @Override
    public String name() {
        return "shipping";
    }

    @Override
    public Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders) {
        if (orders.isEmpty()) {
            return Map.of("shipping_message", 0);
        }
        Object ids = Sql.array(tx, "bigint", orders.stream().map(ErasableOrder::orderId).toArray());
        int n = Sql.update(tx, "update shipping_message set content = ?, raw_name = null where order_id = any(?)"
                + " and content <> ?", ERASED, ids, ERASED);
        return Map.of("shipping_message", n);
    }

    @Override
    public Map<String, Integer> eraseWithoutOrder(Tx tx, int days) {
        int n = Sql.update(tx, "update shipping_message set content = ?, raw_name = null where order_id is null"
                + " and received_at < now() - make_interval(days => ?) and content <> ?", ERASED, days, ERASED);
        return Map.of("shipping_message", n);
    }
}

package org.catura.shipping.internal.confirmation;

import java.time.Clock;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.ticket.api.Tickets;
import org.catura.core.api.db.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link ShippingConfirmations} service. */
@Component(service = ShippingConfirmations.class)
public final class ShippingConfirmationsComponent implements ShippingConfirmations {

    private final ConfirmationRecorder recorder;

    @Activate
    public ShippingConfirmationsComponent(@Reference ShippingSchema schema, @Reference Erp erp,
            @Reference OrderProcess process, @Reference Tickets tickets) {
        this.recorder = new ConfirmationRecorder(erp, process, tickets, new ReturnChannels(), Clock.systemUTC());
    }

    @Override
    public ConfirmationResult record(Tx tx, CarrierConfirmation confirmation) {
        return recorder.record(tx, confirmation);
    }

    @Override
    public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName, byte[] raw,
            String reason) {
        return recorder.reject(tx, carrier, source, rawName, raw, reason);
    }
}

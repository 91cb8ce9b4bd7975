package org.catura.amazon.plugin.internal.confirm;

import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.core.api.outbox.UndeliverableMessageException;

/**
 * Amazon refused a shipment confirmation as it is (400, 404): sending it unchanged will not help,
 * so the outbox parks it at once.
 */
public final class ConfirmationRefusedException extends UndeliverableMessageException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ConfirmationRefusedException(String channel, String orderId, String packageReferenceId, SpApiException cause) {
        super("Amazon refused the shipment confirmation of order " + orderId + " (channel " + channel + ", package "
                + packageReferenceId + "): " + cause.getMessage()
                + ". Correct the delivery note or the order in the ERP; the same request will be refused again", cause);
        this.status = cause.status();
    }

    /** Amazon's HTTP status. */
    public int status() {
        return status;
    }
}

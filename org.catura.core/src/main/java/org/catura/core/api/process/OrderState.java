package org.catura.core.api.process;

/**
 * Where an order stands on the order-to-cash path. Each state that has work to do is the
 * input of a station; of several at one state each takes its own channels' orders.
 */
public enum OrderState {
    /** Known to the channel but not yet payable (Amazon PENDING): waits for an update. */
    WAITING_AT_CHANNEL(false),
    /** Handed in: the customer is to be matched or created. */
    RECEIVED(false),
    /** Customer known: the sales order is to be created. */
    CUSTOMER_READY(false),
    /** Sales order entered in draft: release rules decide. */
    ORDER_ENTERED(false),
    /** Parked in the manual queue for a person. */
    MANUAL_QUEUE(false),
    /** Released: the delivery note is to be created. */
    RELEASED(false),
    /** Delivery note in draft: a carrier is to be chosen. */
    SHIPMENT_CREATED(false),
    /** Carrier chosen: the data is to be transmitted. */
    CARRIER_CHOSEN(false),
    /** At the carrier: waiting for the shipping confirmation. */
    TRANSMITTED(false),
    /** Shipped with tracking: to be confirmed to the channel. */
    SHIPPED(false),
    /** Channel knows it shipped (or shipped it itself): the invoice is to be made. */
    SHIPMENT_CONFIRMED(false),
    /** Invoiced: waiting for the channel's payment. */
    INVOICED(false),
    /** The channel cancelled it: the ERP documents are to be voided. */
    CANCELLING(false),
    /** Paid and reconciled. */
    DONE(true),
    /** Cancelled before shipping; the ERP order is voided. */
    CANCELLED(true);

    private final boolean terminal;

    OrderState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}

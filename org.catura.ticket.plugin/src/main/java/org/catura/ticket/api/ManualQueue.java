package org.catura.ticket.api;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.process.OrderState;

/**
 * The orders waiting for a person, and what a clerk does with them. A clerk claims an order
 * first; from then on only that clerk may correct it, send it back or cancel it (others get a
 * {@link ClaimRefusedException} naming the holder). Each step is written to the order's open
 * ticket. An order that is not waiting for a person is refused with a {@link TicketException}.
 */
public interface ManualQueue {

    /** Orders in the manual queue and parked orders, oldest first, with reasons and holder. */
    List<QueuedOrder> list(Tx tx);

    Optional<QueuedOrder> get(Tx tx, long orderId);

    /**
     * Claims the order for {@code clerk}. Atomic: of two clerks claiming at once one wins, the
     * other gets a {@link ClaimRefusedException} naming the holder. Claiming again as holder is a no-op.
     */
    Claim claim(Tx tx, long orderId, String clerk);

    /** Gives the claim up; only the holder may. */
    void release(Tx tx, long orderId, String clerk);

    /**
     * Sends the order back into automation at {@link QueuedOrder#continueAt()} (an order queued
     * by release runs release again with the corrections; a parked order retries its station),
     * resolves its open issues, closes its tickets and ends the claim. Only the holder may.
     *
     * @return the state the order continues at
     */
    default OrderState backToAutomation(Tx tx, long orderId, String clerk, String comment) {
        return backToAutomation(tx, orderId, clerk, comment, null);
    }

    /**
     * As {@link #backToAutomation(Tx, long, String, String)}, for a clerk who saw the order at
     * {@code seen} (the state the desk showed; null: the state it is in when the call starts).
     *
     * @throws OrderMovedException when the order is no longer at {@code seen} (the channel cancelled
     *                             it meanwhile, say): nothing was changed
     */
    OrderState backToAutomation(Tx tx, long orderId, String clerk, String comment, OrderState seen);

    /**
     * Cancels the order: voids its ERP sales order if there is one, moves it to CANCELLED,
     * closes its tickets and ends the claim. Only the holder may; the reason is required.
     */
    default void cancel(Tx tx, long orderId, String clerk, String reason) {
        cancel(tx, orderId, clerk, reason, null);
    }

    /**
     * As {@link #cancel(Tx, long, String, String)}, for a clerk who saw the order at {@code seen}
     * (null: the state it is in when the call starts).
     *
     * @throws OrderMovedException when the order is no longer at {@code seen}: nothing was changed,
     *                             in the ERP neither
     */
    void cancel(Tx tx, long orderId, String clerk, String reason, OrderState seen);

    /**
     * Adds the corrected address as a new ship-to location of the order's business partner and
     * points the sales order at it; old → new is written to the ticket. Before the sales order
     * exists (no address, a field too long) the imported order's delivery address is corrected
     * instead, so the stations go on with it when the order goes back to automation.
     *
     * @return the sales order as changed; null when the order has none yet
     */
    SalesOrder changeShipTo(Tx tx, long orderId, String clerk, ShipToChange change);

    /** Replaces the lines of the order's (still editable) sales order; old → new lines go to the ticket. */
    SalesOrder replaceLines(Tx tx, long orderId, String clerk, List<OrderLineDraft> lines);

    /**
     * Moves the order to another business partner than the one matched, in the caller's
     * transaction: the (still editable) sales order gets the partner with its location for the
     * order's delivery address (added to the partner when it has none) and the buyer's contact; the
     * process links the partner and records it as the customer match (rule CHOSEN, "chosen by
     * clerk") with a timeline line; the ticket moves to the partner and gets old → new with the
     * reason. Refused for an order whose customer station has not run yet or whose sales order is
     * no longer editable.
     */
    void chooseCustomer(Tx tx, long orderId, String clerk, int bpartnerId, String reason);

    /** Adds a comment to the order's open ticket (opening one if the watcher has not yet). */
    void comment(Tx tx, long orderId, String who, String text);
}

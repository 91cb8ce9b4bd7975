package org.catura.core.api.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;

/**
 * The durable order process: hand orders in, look at them, move them by hand. Core owns its
 * tables; other bundles read and change the process only through this interface (and react to
 * its transitions through {@link ProcessListener}).
 */
@org.osgi.annotation.versioning.ProviderType
public interface OrderProcess {

    /**
     * Stores an order once, ever, keyed by channel and external id. A second hand-in of the
     * same order changes nothing and returns {@code created = false}.
     */
    HandInResult handIn(Tx tx, ImportedOrder order, String rawJson);

    /**
     * Applies a newer version of a known order: stores it and moves the process where the change
     * requires (a pending order became payable; the channel cancelled it; the buyer asked to
     * cancel after release). An older or identical version changes nothing.
     *
     * @throws IllegalArgumentException when the order was never handed in
     */
    UpdateResult update(Tx tx, ImportedOrder order, String rawJson);

    Optional<ImportedOrder> order(Tx tx, long orderId);

    Optional<Long> findOrderId(Tx tx, String channel, String externalId);

    Optional<OrderProcessView> view(Tx tx, long orderId);

    List<OrderProcessView> list(Tx tx, Optional<OrderState> state, int limit);

    /** The orders matching {@code query}, newest first, one page. */
    List<OrderProcessView> search(Tx tx, OrderQuery query);

    List<ProcessEvent> timeline(Tx tx, long orderId);

    /** The issues of the order no person has dealt with yet, oldest first. */
    List<OrderIssue> openIssues(Tx tx, long orderId);

    /** The orders waiting for a person (manual queue or parked), longest waiting first. */
    List<WaitingOrder> waiting(Tx tx, int limit);

    /** The order, if it waits for a person. */
    Optional<WaitingOrder> waiting(Tx tx, long orderId);

    Map<OrderState, Long> countByState(Tx tx);

    /** How many orders matching {@code query}'s filters (its paging ignored) are in each state. */
    Map<OrderState, Long> countByState(Tx tx, OrderQuery query);

    /** True when no order has work due now and no outbox message waits to be sent. */
    boolean idle(Tx tx);

    /** The worker threads of this node's engine, for a health line; empty on a node without workers. */
    default List<WorkerStatus> workers() {
        return List.of();
    }

    /**
     * Moves an order to {@code state} by hand (back to automation, say), clearing errors and parking,
     * from whatever state it is in. A person's move should say what it saw: use
     * {@link #moveTo(Tx, long, OrderState, OrderState, String, String)}.
     */
    void moveTo(Tx tx, long orderId, OrderState state, String who, String reason);

    /**
     * Moves an order by hand from {@code expected}, the state the person saw, to {@code state},
     * clearing errors and parking; a compare-and-set: when the channel or someone else moved the
     * order meanwhile nothing is changed.
     *
     * @throws ProcessMovedException when the order is no longer at {@code expected}, saying who moved it when
     * @throws IllegalArgumentException when there is no such order
     */
    void moveTo(Tx tx, long orderId, OrderState expected, OrderState state, String who, String reason);

    /**
     * Locks the order's process row until the transaction ends, when it is at {@code expected}: a
     * person's decision that needs more than the move (voiding the sales order before cancelling,
     * say) checks first that the order is where the person saw it, and holds the channel's and the
     * stations' moves off until it is done.
     *
     * @throws ProcessMovedException when the order is no longer at {@code expected}, saying who moved it when
     * @throws IllegalArgumentException when there is no such order
     */
    void lockAt(Tx tx, long orderId, OrderState expected);

    /**
     * Records that a person chose the order's customer: re-links its BUSINESS_PARTNER document,
     * replaces the customer match (rule {@code CHOSEN}, reason "chosen by <who>") and writes a
     * timeline line naming who and the partner before and after. The state does not change.
     *
     * @throws IllegalArgumentException when there is no such order
     */
    void chooseCustomer(Tx tx, long orderId, ChosenCustomer customer, String who, String reason);

    /**
     * Replaces the imported order's delivery address (its ship-to) with one a person corrected, for
     * an order the customer station has not entered yet (no address, a field too long): the station
     * reads the corrected address when the order goes back. Writes a timeline line naming who; a
     * newer version from the channel replaces it again. The state does not change.
     *
     * @throws IllegalArgumentException when there is no such order, or the address or who is missing
     */
    void correctDeliveryAddress(Tx tx, long orderId, PostalAddress address, String who);

    /**
     * Adds a line to the order's timeline without moving it: something that happened to the order
     * outside the stations (a carrier replaced a tracking number the channel was told before).
     * The default exists only so an implementation written before 1.5 still loads.
     *
     * @throws IllegalArgumentException when there is no such order, or who or the message is missing
     */
    default void note(Tx tx, long orderId, String who, String message) {
        throw new UnsupportedOperationException(getClass().getName() + " writes no timeline notes (before 1.5)");
    }
}

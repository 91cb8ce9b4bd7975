package org.catura.ticket.api;

/**
 * Told of a ticket that was opened or closed, once the transaction that did it has committed
 * (never for a rollback): for mirrors of the tickets elsewhere, an iDempiere request say. Called
 * on the committing thread; what an observer throws is logged and does not reach the caller.
 * Register as an OSGi service.
 */
public interface TicketObserver {

    /**
     * A new ticket (not one found open already).
     *
     * @param clientId the tenant (AD_Client_ID) of the transaction that opened it
     */
    void opened(int clientId, Ticket ticket);

    /**
     * The ticket as closed.
     *
     * @param clientId the tenant (AD_Client_ID) of the transaction that closed it
     */
    void closed(int clientId, Ticket ticket);
}

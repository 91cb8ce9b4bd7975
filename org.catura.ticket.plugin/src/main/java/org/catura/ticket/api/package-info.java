/**
 * Tickets in the manner of iDempiere requests (R_Request) linked to orders and business
 * partners, and the manual queue clerks work in: claim an order, correct it, send it back to
 * automation or cancel it. Every method works in the caller's transaction ({@link
 * org.catura.core.api.db.Tx}); refusals are {@link org.catura.ticket.api.TicketException}s
 * whose message a person can act on.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.catura.ticket.api;

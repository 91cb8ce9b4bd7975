/**
 * Shipping as other bundles see it: the carriers, what an order's shipping stands at (carrier,
 * service, tracking numbers, an overdue confirmation), and the one way a carrier's confirmation
 * comes in, whatever brought it (API answer, mail, file, callback, the pack page).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.catura.shipping.api;

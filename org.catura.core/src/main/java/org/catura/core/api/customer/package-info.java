/**
 * How an order's business partner is addressed: its locations and contacts, found or added, and
 * the one normal form by which two addresses are one place and two names one person.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.core.api.customer;

/**
 * Documents as PDF: the delivery note a carrier or the own warehouse gets, the picking list of a
 * wave, a parcel's address label. The caller hands in what is printed as values; this bundle
 * knows no ERP and no order process.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.documents.api;

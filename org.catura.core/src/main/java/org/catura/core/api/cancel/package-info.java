/** Cancelling an order's ERP documents, for the cancellation station and the clerk's desk alike. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.core.api.cancel;

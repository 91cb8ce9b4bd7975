/**
 * Local stand-ins for carriers: a DHL Parcel DE Shipping v2 endpoint ({@link DhlParcelDeSandbox}) and
 * the fulfilment partner simulator ({@link FulfilmentPartnerSimulator}: SFTP, HTTP and folder inbound,
 * tracking numbers back by file or HTTP callback), for tests and the demo.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.catura.sandbox.carrier;

/**
 * Local stand-ins for carriers: a DHL Parcel DE Shipping v2 endpoint ({@link DhlParcelDeSandbox}) and
 * the fulfilment partner simulator, for tests and the demo.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.sandbox.carrier;

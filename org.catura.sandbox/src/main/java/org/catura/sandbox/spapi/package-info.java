/**
 * A local stand-in for Amazon's Selling Partner API: LWA login, Orders v2026-01-01 searchOrders and
 * getOrder, v0 confirmShipment, Sellers v1 getMarketplaceParticipations, Amazon's usage plans answered with 429 QuotaExceeded, a seeded order
 * generator with Amazon's special cases, fault injection and a record of every call. Speaks the
 * JSON of the model classes generated from the Amazon plugin's sp-api.yaml (private packages model and invoker).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.catura.sandbox.spapi;

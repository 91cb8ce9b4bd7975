/**
 * Buyer data expires: Amazon's Data Protection Policy lets a seller keep a buyer's personal data
 * only as long as the order needs it. Core finds the orders whose time is up and asks every
 * {@link org.catura.core.api.retention.PersonalDataHolder} to erase what it keeps of them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.core.api.retention;

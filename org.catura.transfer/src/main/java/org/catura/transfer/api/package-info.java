/**
 * Moving files and calls: a file queued for a {@link org.catura.transfer.api.Destination} in the
 * caller's transaction goes out through the outbox over SFTP, FTP, HTTP or into a local folder;
 * an {@link org.catura.transfer.api.InboundPoller} brings files in from the same kinds of place.
 * No business logic: what a file means is the caller's.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.catura.transfer.api;

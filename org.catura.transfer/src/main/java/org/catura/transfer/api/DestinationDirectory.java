package org.catura.transfer.api;

import java.util.Optional;

/**
 * Registered as a service by the plugin that owns destinations (shipping's carriers, Vendor
 * Central's SFTP account): resolves a destination name to its endpoint, with the secret opened
 * from where the plugin keeps it sealed ({@code org.catura.core.api.secret.Secrets}).
 */
public interface DestinationDirectory {

    /** The {@link Destination#owner()} of the destinations this directory knows. */
    String owner();

    /** The endpoint as configured now; empty when there is no such destination (any more). */
    Optional<Endpoint> endpoint(String name);
}

package org.catura.core.api.channel;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The channel connectors registered now, as core offers them to the stations. */
@ProviderType
public interface ChannelConnectors {

    /**
     * The connector of the order's channel that has the capability, e.g.
     * {@code find(order.channel(), ShipmentConfirmer.class)}; empty while no such connector is
     * registered (the channel's plugin is not installed or not started).
     *
     * @throws IllegalStateException when two connectors claim the channel for the same capability
     */
    <T extends ChannelConnector> Optional<T> find(String channel, Class<T> capability);
}

package org.catura.core.api.channel;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a channel plugin does for the stations, registered as a service of this type. The stations
 * stay channel-neutral: they look the connector up by the order's channel
 * ({@link ChannelConnectors#find}) and ask it for one capability. Each capability is an interface
 * of its own extending this one ({@link ShipmentConfirmer}; invoice delivery and payments come the
 * same way), so a new capability never breaks a connector written before it.
 */
@ConsumerType
public interface ChannelConnector {

    /**
     * Whether this connector speaks for the channel an order carries ({@code ImportedOrder.channel()},
     * e.g. {@code amazon-demo}); one plugin serves all its channels with one connector.
     */
    boolean serves(String channel);
}

package org.catura.amazon.plugin.internal.channel;

import org.catura.amazon.plugin.api.AmazonChannel;

/** A channel row: the channel, its version (each save adds one) and its sealed secrets. */
public record StoredChannel(AmazonChannel channel, long version, String sealedClientSecret, String sealedRefreshToken) {

    public String name() {
        return channel.name();
    }

    /** Never shows the sealed values either. */
    @Override
    public String toString() {
        return "StoredChannel[" + channel + ", version=" + version + "]";
    }
}

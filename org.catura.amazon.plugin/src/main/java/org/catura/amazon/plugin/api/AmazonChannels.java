package org.catura.amazon.plugin.api;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.channel.ConnectionTest;

/** The configured Amazon channels. Secrets go in sealed and never come back out. */
public interface AmazonChannels {

    List<AmazonChannel> list();

    Optional<AmazonChannel> get(String name);

    /**
     * Creates or changes a channel. {@code secrets} null (or a null field) keeps what is stored;
     * a new channel needs both secrets before it can be enabled. The returned channel shows
     * whether the secrets are set, never their values.
     *
     * @throws InvalidChannelException naming every field that is wrong
     */
    AmazonChannel save(AmazonChannel channel, ChannelSecrets secrets);

    /**
     * Creates a channel that does not exist yet, order sync off (whatever {@code channel} says):
     * it is switched on in the channel's settings once the connection works.
     *
     * @throws InvalidChannelException naming every field that is wrong, or {@code name} when the name is taken
     */
    AmazonChannel create(AmazonChannel channel, ChannelSecrets secrets, String who);

    /**
     * Signs in with the channel's stored credentials and asks Amazon which marketplaces the seller
     * participates in (Sellers API getMarketplaceParticipations), saying in plain words what failed.
     * Nothing is sent to a host that is neither Amazon's nor allowed.
     */
    ConnectionTest testConnection(String name);

    /** Switches the scheduled import on; refused while a secret is missing. */
    AmazonChannel enable(String name);

    AmazonChannel disable(String name);
}

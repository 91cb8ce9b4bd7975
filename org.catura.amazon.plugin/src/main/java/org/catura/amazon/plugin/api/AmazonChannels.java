package org.catura.amazon.plugin.api;

import java.util.List;
import java.util.Optional;

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

    /** Switches the scheduled import on; refused while a secret is missing. */
    AmazonChannel enable(String name);

    AmazonChannel disable(String name);
}

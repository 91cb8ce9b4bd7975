package org.catura.amazon.plugin.api;

/**
 * The LWA client secret and refresh token of a channel, on their way in: sealed before they are
 * stored, never returned, never printed. A null field leaves the stored value as it is.
 */
public record ChannelSecrets(String clientSecret, String refreshToken) {

    public static ChannelSecrets of(String clientSecret, String refreshToken) {
        return new ChannelSecrets(clientSecret, refreshToken);
    }

    @Override
    public String toString() {
        return "ChannelSecrets[clientSecret=" + (clientSecret == null ? "unchanged" : "***") + ", refreshToken="
                + (refreshToken == null ? "unchanged" : "***") + "]";
    }
}

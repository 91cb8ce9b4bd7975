package org.catura.amazon.plugin.internal.client;

import java.util.Objects;

/** The seller's Login with Amazon application credentials. Secrets never appear in {@link #toString()}. */
public record LwaCredentials(String clientId, String clientSecret, String refreshToken) {

    public LwaCredentials {
        requireText(clientId, "LWA client id");
        requireText(clientSecret, "LWA client secret");
        requireText(refreshToken, "LWA refresh token");
    }

    private static void requireText(String value, String what) {
        if (Objects.requireNonNullElse(value, "").isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    @Override
    public String toString() {
        return "LwaCredentials[clientId=" + clientId + ", clientSecret=***, refreshToken=***]";
    }
}

package org.catura.amazon.plugin.internal.channel;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.catura.amazon.plugin.internal.client.LwaCredentials;
import org.catura.amazon.plugin.internal.client.RetryPolicy;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.client.SpApiSettings;
import org.catura.core.api.secret.Secrets;

/**
 * One SP-API client per channel, built from the channel row with its secrets opened, kept while
 * the row's version stays the same (the client's token buckets and access token live in it) and
 * rebuilt when the channel was changed.
 */
public final class ChannelClients {

    private record Entry(long version, SpApiClient client) {
    }

    private final Secrets secrets;
    private final RetryPolicy retry;
    private final Map<String, Entry> clients = new ConcurrentHashMap<>();

    public ChannelClients(Secrets secrets, RetryPolicy retry) {
        this.secrets = secrets;
        this.retry = retry;
    }

    public SpApiClient client(StoredChannel stored) {
        Entry entry = clients.compute(stored.name(), (name, old) -> old != null && old.version() == stored.version()
                ? old : new Entry(stored.version(), build(stored)));
        return entry.client();
    }

    public void forget(String channel) {
        clients.remove(channel);
    }

    private SpApiClient build(StoredChannel s) {
        if (s.sealedClientSecret() == null || s.sealedRefreshToken() == null) {
            throw new IllegalStateException("Amazon channel '" + s.name()
                    + "' has no LWA client secret or refresh token stored: set them before importing");
        }
        LwaCredentials credentials = new LwaCredentials(s.channel().clientId(), secrets.open(s.sealedClientSecret()),
                secrets.open(s.sealedRefreshToken()));
        return new SpApiClient(SpApiSettings.of(URI.create(s.channel().endpoint().trim()),
                URI.create(s.channel().tokenUrl().trim()), credentials)
                .withTimeCompression(s.channel().timeCompression()).withRetry(retry));
    }
}

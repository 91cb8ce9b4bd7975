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
    private final AllowedHosts hosts;
    private final RetryPolicy retry;
    private final Map<String, Entry> clients = new ConcurrentHashMap<>();

    public ChannelClients(Secrets secrets, AllowedHosts hosts, RetryPolicy retry) {
        this.secrets = secrets;
        this.hosts = hosts;
        this.retry = retry;
    }

    /** @throws HostNotAllowedException when the endpoint or token URL is neither Amazon's nor allowed */
    public SpApiClient client(StoredChannel stored) {
        requireAllowed(hosts, stored);
        Entry entry = clients.compute(stored.name(), (name, old) -> old != null && old.version() == stored.version()
                ? old : new Entry(stored.version(), build(stored)));
        return entry.client();
    }

    public void forget(String channel) {
        clients.remove(channel);
    }

    /** Checked before any secret is opened: a host that is not allowed never sees one. */
    static void requireAllowed(AllowedHosts hosts, StoredChannel s) {
        String refusal = hosts.refusal("SP-API endpoint", s.channel().endpoint(), false);
        if (refusal == null) {
            refusal = hosts.refusal("LWA token URL", s.channel().tokenUrl(), true);
        }
        if (refusal != null) {
            throw new HostNotAllowedException(s.name(), refusal);
        }
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

package org.catura.amazon.plugin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.core.api.db.Database;
import org.catura.core.api.secret.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link AmazonChannels} on the amazon_channel table; secrets sealed with {@link Secrets} before storing. */
final class ChannelService implements AmazonChannels {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelService.class);

    private final Database database;
    private final Secrets secrets;
    private final ChannelStore store;
    private final ChannelValidator validator = new ChannelValidator();
    private final Runnable changed;

    /** @param changed told after every committed change (to re-plan the scheduled imports) */
    ChannelService(Database database, Secrets secrets, ChannelStore store, Runnable changed) {
        this.database = database;
        this.secrets = secrets;
        this.store = store;
        this.changed = changed;
    }

    @Override
    public List<AmazonChannel> list() {
        return database.inTransaction(tx -> store.all(tx).stream().map(StoredChannel::channel).toList());
    }

    @Override
    public Optional<AmazonChannel> get(String name) {
        return database.inTransaction(tx -> store.find(tx, name).map(StoredChannel::channel));
    }

    List<StoredChannel> stored() {
        return database.inTransaction(store::all);
    }

    StoredChannel require(String name) {
        return database.inTransaction(tx -> store.find(tx, name))
                .orElseThrow(() -> new IllegalArgumentException("There is no Amazon channel named '" + name + "'"));
    }

    @Override
    public AmazonChannel save(AmazonChannel channel, ChannelSecrets given) {
        if (channel == null) {
            throw new IllegalArgumentException("No channel to save");
        }
        List<String> problems = new ArrayList<>(validator.problems(channel));
        String secret = given == null ? null : given.clientSecret();
        String refresh = given == null ? null : given.refreshToken();
        if (secret != null && secret.isBlank()) {
            problems.add("LWA client secret is blank (leave it null to keep the stored one)");
        }
        if (refresh != null && refresh.isBlank()) {
            problems.add("LWA refresh token is blank (leave it null to keep the stored one)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidChannelException(channel.name(), problems);
        }
        String sealedSecret = secret == null ? null : secrets.seal(secret.trim());
        String sealedRefresh = refresh == null ? null : secrets.seal(refresh.trim());
        AmazonChannel saved = database.inTransaction(tx -> {
            Optional<StoredChannel> existing = store.lock(tx, channel.name());
            boolean hasSecret = sealedSecret != null || existing.map(s -> s.sealedClientSecret() != null).orElse(false);
            boolean hasRefresh = sealedRefresh != null
                    || existing.map(s -> s.sealedRefreshToken() != null).orElse(false);
            if (channel.syncEnabled()) {
                requireSecrets(channel.name(), hasSecret, hasRefresh);
            }
            if (existing.isEmpty()) {
                store.insert(tx, channel, sealedSecret, sealedRefresh);
            } else {
                store.update(tx, channel, sealedSecret, sealedRefresh);
            }
            return store.find(tx, channel.name()).orElseThrow().channel();
        });
        LOG.info("Amazon channel {} saved (sync {}, secrets {})", saved.name(),
                saved.syncEnabled() ? "enabled" : "disabled", given == null ? "unchanged" : "replaced where given");
        changed.run();
        return saved;
    }

    @Override
    public AmazonChannel enable(String name) {
        return switchSync(name, true);
    }

    @Override
    public AmazonChannel disable(String name) {
        return switchSync(name, false);
    }

    private AmazonChannel switchSync(String name, boolean enabled) {
        AmazonChannel saved = database.inTransaction(tx -> {
            StoredChannel s = store.lock(tx, name)
                    .orElseThrow(() -> new IllegalArgumentException("There is no Amazon channel named '" + name + "'"));
            if (enabled) {
                requireSecrets(name, s.sealedClientSecret() != null, s.sealedRefreshToken() != null);
            }
            store.update(tx, s.channel().withSyncEnabled(enabled), null, null);
            return store.find(tx, name).orElseThrow().channel();
        });
        LOG.info("Amazon channel {}: order sync {}", name, enabled ? "enabled" : "disabled");
        changed.run();
        return saved;
    }

    private static void requireSecrets(String name, boolean hasSecret, boolean hasRefresh) {
        List<String> missing = new ArrayList<>();
        if (!hasSecret) {
            missing.add("LWA client secret is not set: order sync cannot be enabled without it");
        }
        if (!hasRefresh) {
            missing.add("LWA refresh token is not set: order sync cannot be enabled without it");
        }
        if (!missing.isEmpty()) {
            throw new InvalidChannelException(name, missing);
        }
    }
}

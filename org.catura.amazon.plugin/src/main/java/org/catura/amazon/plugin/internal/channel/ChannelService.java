package org.catura.amazon.plugin.internal.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.InvalidChannelException.Problem;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.secret.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AmazonChannels} on the CAT_AmazonChannel table; secrets sealed with {@link Secrets} before
 * storing. Every change records who made it ({@code ChangedBy}; null through the Java API). A new
 * channel's id comes from the ERP's table-id sequence, drawn for the channel's tenant.
 */
public final class ChannelService implements AmazonChannels {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelService.class);

    private final Database database;
    private final Secrets secrets;
    private final ChannelStore store;
    private final RecordIds ids;
    private final ChannelValidator validator = new ChannelValidator();
    private final AllowedHosts hosts;
    private final Runnable changed;

    /** Secrets on their way to the table: sealed, null where the stored one stays. */
    private record Sealed(String clientSecret, String refreshToken) {
    }

    /**
     * @param hosts   where secrets may go besides Amazon (checked when an endpoint or token URL is set)
     * @param changed told after every committed change (to re-plan the scheduled imports)
     */
    public ChannelService(Database database, Secrets secrets, RecordIds ids, AllowedHosts hosts, Runnable changed) {
        this(database, secrets, new ChannelStore(), ids, hosts, changed);
    }

    ChannelService(Database database, Secrets secrets, ChannelStore store, RecordIds ids, AllowedHosts hosts,
            Runnable changed) {
        this.database = database;
        this.secrets = secrets;
        this.store = store;
        this.ids = ids;
        this.hosts = hosts;
        this.changed = changed;
    }

    public AllowedHosts hosts() {
        return hosts;
    }

    @Override
    public List<AmazonChannel> list() {
        return database.inTransaction(tx -> store.all(tx).stream().map(StoredChannel::channel).toList());
    }

    @Override
    public Optional<AmazonChannel> get(String name) {
        return database.inTransaction(tx -> store.find(tx, name).map(StoredChannel::channel));
    }

    public List<StoredChannel> stored() {
        return database.inTransaction(store::all);
    }

    public StoredChannel require(String name) {
        return database.inTransaction(tx -> store.find(tx, name)).orElseThrow(() -> noSuchChannel(name));
    }

    @Override
    public AmazonChannel save(AmazonChannel channel, ChannelSecrets given) {
        return save(channel, given, null);
    }

    AmazonChannel save(AmazonChannel channel, ChannelSecrets given, String who) {
        if (channel == null) {
            throw new IllegalArgumentException("No channel to save");
        }
        check(channel, given);
        Sealed sealed = seal(given);
        AmazonChannel saved = database.inTransaction(channel.tenantId(), tx -> {
            Optional<StoredChannel> existing = store.lock(tx, channel.name());
            checkAddresses(channel, existing.map(StoredChannel::channel).orElse(null), given);
            return write(tx, existing, channel, sealed, who);
        });
        return committed(saved, given, who);
    }

    @Override
    public AmazonChannel create(AmazonChannel channel, ChannelSecrets given, String who) {
        if (channel == null) {
            throw new IllegalArgumentException("No channel to create");
        }
        AmazonChannel off = channel.withSyncEnabled(false);
        check(off, given);
        checkAddresses(off, null, given);
        Sealed sealed = seal(given);
        AmazonChannel saved = database.inTransaction(off.tenantId(), tx -> {
            Optional<StoredChannel> existing = store.lock(tx, off.name());
            if (existing.isPresent()) {
                throw new InvalidChannelException(off.name(), List.of(new Problem("name", "a channel named '"
                        + off.name() + "' exists already; choose another name or change that one in its settings")));
            }
            return write(tx, existing, off, sealed, who);
        });
        return committed(saved, given, who);
    }

    @Override
    public ConnectionTest testConnection(String name) {
        ConnectionTest result = new ConnectionTester(secrets, hosts).test(require(name));
        LOG.info("Amazon channel {}: connection test {}: {}", name, result.ok() ? "passed" : "failed", result.message());
        return result;
    }

    /**
     * Changes a stored channel in one transaction: the row is locked, {@code edit} applied to it as
     * it is now, the result checked (settings, and both secrets when sync ends up enabled) and
     * written — or nothing is written. Reading inside the lock means a concurrent change on another
     * node is not overwritten with stale values.
     */
    AmazonChannel change(String name, UnaryOperator<AmazonChannel> edit, ChannelSecrets given, String who) {
        Sealed sealed = seal(given);
        AmazonChannel saved = database.inTransaction(tx -> {
            StoredChannel existing = store.lock(tx, name).orElseThrow(() -> noSuchChannel(name));
            AmazonChannel edited = edit.apply(existing.channel());
            if (!name.equals(edited.name())) {
                throw new IllegalArgumentException("A change cannot rename channel '" + name + "'");
            }
            check(edited, given);
            checkAddresses(edited, existing.channel(), given);
            return write(tx, Optional.of(existing), edited, sealed, who);
        });
        return committed(saved, given, who);
    }

    @Override
    public AmazonChannel enable(String name) {
        return switchSync(name, true);
    }

    @Override
    public AmazonChannel disable(String name) {
        return switchSync(name, false);
    }

    private void check(AmazonChannel channel, ChannelSecrets given) {
        List<Problem> problems = new ArrayList<>(validator.problems(channel));
        if (given != null && given.clientSecret() != null && given.clientSecret().isBlank()) {
            problems.add(new Problem("clientSecret", "LWA client secret is blank (leave it null to keep the stored one)"));
        }
        if (given != null && given.refreshToken() != null && given.refreshToken().isBlank()) {
            problems.add(new Problem("refreshToken", "LWA refresh token is blank (leave it null to keep the stored one)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidChannelException(channel.name(), problems);
        }
    }

    /** @param stored the channel as stored before the change, null for a new one */
    private void checkAddresses(AmazonChannel channel, AmazonChannel stored, ChannelSecrets given) {
        List<Problem> problems = hostProblems(channel, stored);
        problems.addAll(secretsForNewAddress(channel, stored, given));
        if (!problems.isEmpty()) {
            throw new InvalidChannelException(channel.name(), problems);
        }
    }

    /**
     * The secrets go to the endpoint and token URL from then on, so whoever points a channel
     * elsewhere must know them and type both again: an admin session (or API call) alone cannot
     * send the stored secrets to a new host.
     */
    private static List<Problem> secretsForNewAddress(AmazonChannel channel, AmazonChannel stored,
            ChannelSecrets given) {
        if (stored == null) {
            return List.of();
        }
        List<String> moved = new ArrayList<>();
        if (changed(channel.endpoint(), stored.endpoint())) {
            moved.add("the SP-API endpoint");
        }
        if (changed(channel.tokenUrl(), stored.tokenUrl())) {
            moved.add("the LWA token URL");
        }
        if (moved.isEmpty()) {
            return List.of();
        }
        String why = String.join(" and ", moved) + (moved.size() > 1 ? " change" : " changes")
                + ": type it again in the same save, since the secrets go to the new address from then on";
        List<Problem> problems = new ArrayList<>();
        if (given == null || given.clientSecret() == null || given.clientSecret().isBlank()) {
            problems.add(new Problem("clientSecret", "LWA client secret is needed because " + why));
        }
        if (given == null || given.refreshToken() == null || given.refreshToken().isBlank()) {
            problems.add(new Problem("refreshToken", "LWA refresh token is needed because " + why));
        }
        return problems;
    }

    private static boolean changed(String now, String before) {
        return now != null && (before == null || !now.strip().equals(before.strip()));
    }

    /**
     * An endpoint or token URL is checked when it is set or changed: a channel stored before its
     * host was disallowed can still be switched off or edited otherwise (its sign-in is refused).
     */
    private List<Problem> hostProblems(AmazonChannel channel, AmazonChannel stored) {
        List<Problem> problems = new ArrayList<>();
        if (channel.endpoint() != null && (stored == null || !channel.endpoint().equals(stored.endpoint()))) {
            String refusal = hosts.refusal("SP-API endpoint", channel.endpoint(), false);
            if (refusal != null) {
                problems.add(new Problem("endpoint", refusal));
            }
        }
        if (channel.tokenUrl() != null && (stored == null || !channel.tokenUrl().equals(stored.tokenUrl()))) {
            String refusal = hosts.refusal("LWA token URL", channel.tokenUrl(), true);
            if (refusal != null) {
                problems.add(new Problem("tokenUrl", refusal));
            }
        }
        return problems;
    }

    /** Blank values are never sealed: {@link #check} refuses them before anything is written. */
    private Sealed seal(ChannelSecrets given) {
        return given == null ? new Sealed(null, null)
                : new Sealed(sealed(given.clientSecret()), sealed(given.refreshToken()));
    }

    private String sealed(String secret) {
        return secret == null || secret.isBlank() ? null : secrets.seal(secret.trim());
    }

    private AmazonChannel write(Tx tx, Optional<StoredChannel> existing, AmazonChannel channel, Sealed sealed,
            String who) {
        if (channel.syncEnabled()) {
            requireSecrets(channel.name(),
                    sealed.clientSecret() != null || existing.map(s -> s.sealedClientSecret() != null).orElse(false),
                    sealed.refreshToken() != null || existing.map(s -> s.sealedRefreshToken() != null).orElse(false));
        }
        if (existing.isEmpty()) {
            store.insert(tx, ids.next(tx, ChannelStore.TABLE), channel, sealed.clientSecret(), sealed.refreshToken(),
                    who);
        } else {
            int tenant = existing.get().channel().tenantId();
            if (channel.tenantId() != tenant) {
                throw new InvalidChannelException(channel.name(), List.of(new Problem("tenantId", "channel '"
                        + channel.name() + "' belongs to tenant " + tenant + " and stays there; its orders and"
                        + " documents are that tenant's. Make a new channel for tenant " + channel.tenantId())));
            }
            store.update(tx, channel, sealed.clientSecret(), sealed.refreshToken(), who);
        }
        return store.find(tx, channel.name()).orElseThrow().channel();
    }

    private AmazonChannel committed(AmazonChannel saved, ChannelSecrets given, String who) {
        LOG.info("Amazon channel {} saved{} (sync {}, secrets {})", saved.name(), by(who),
                saved.syncEnabled() ? "enabled" : "disabled", given == null ? "unchanged" : "replaced where given");
        changed.run();
        return saved;
    }

    private AmazonChannel switchSync(String name, boolean enabled) {
        AmazonChannel saved = database.inTransaction(tx -> {
            StoredChannel s = store.lock(tx, name).orElseThrow(() -> noSuchChannel(name));
            if (enabled) {
                requireSecrets(name, s.sealedClientSecret() != null, s.sealedRefreshToken() != null);
            }
            store.update(tx, s.channel().withSyncEnabled(enabled), null, null, null);
            return store.find(tx, name).orElseThrow().channel();
        });
        LOG.info("Amazon channel {}: order sync {}", name, enabled ? "enabled" : "disabled");
        changed.run();
        return saved;
    }

    private static void requireSecrets(String name, boolean hasSecret, boolean hasRefresh) {
        List<Problem> missing = new ArrayList<>();
        if (!hasSecret) {
            missing.add(new Problem("clientSecret",
                    "LWA client secret is not set: order sync cannot be enabled without it"));
        }
        if (!hasRefresh) {
            missing.add(new Problem("refreshToken",
                    "LWA refresh token is not set: order sync cannot be enabled without it"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidChannelException(name, missing);
        }
    }

    private static IllegalArgumentException noSuchChannel(String name) {
        return new IllegalArgumentException("There is no Amazon channel named '" + name + "'");
    }

    private static String by(String who) {
        return who == null ? "" : " by " + who;
    }
}

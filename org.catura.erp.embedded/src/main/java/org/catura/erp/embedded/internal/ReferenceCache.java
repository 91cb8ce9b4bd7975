package org.catura.erp.embedded.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.catura.core.api.db.Tx;
import org.osgi.service.component.annotations.Component;

/**
 * The reference data documents point at — products, tax rates, currencies, document types,
 * units, warehouses and their locators, charges — kept in memory for one embedded ERP (which
 * has one client), because none of it changes while orders flow and every order line looks it
 * up. {@code MasterData} on this node drops it at once and again when its transaction commits;
 * a change made elsewhere (an admin's SQL, another node's import) is seen once the cache has
 * expired, at most {@link #MAX_AGE} after it started filling. A look-up that finds nothing is
 * not kept, so a product created since is found at once. Stock and documents are never kept here.
 * Thread-safe; bounded to {@link #MAX_ENTRIES}, past which it starts afresh.
 */
@Component(service = ReferenceCache.class)
public final class ReferenceCache {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 50_000;

    private record Key(String kind, Object key) {
    }

    private final Map<Key, Object> entries = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final boolean keeps;
    private long generation;
    private volatile long filledSince;

    public ReferenceCache() {
        this(MAX_AGE, System::nanoTime, true);
    }

    ReferenceCache(Duration maxAge, LongSupplier nanoTime) {
        this(maxAge, nanoTime, true);
    }

    private ReferenceCache(Duration maxAge, LongSupplier nanoTime, boolean keeps) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
        this.keeps = keeps;
        this.filledSince = nanoTime.getAsLong();
    }

    /** A cache that keeps nothing: every look-up reads the database (master data maintenance). */
    static ReferenceCache none() {
        return new ReferenceCache(Duration.ZERO, System::nanoTime, false);
    }

    /** The cached value, else what {@code load} finds (kept only if found). */
    @SuppressWarnings("unchecked")
    <T> Optional<T> find(String kind, Object key, Supplier<Optional<T>> load) {
        if (!keeps) {
            return load.get();
        }
        expireIfOld();
        Key k = new Key(kind, key);
        Object hit = entries.get(k);
        if (hit != null) {
            return Optional.of((T) hit);
        }
        long before = generation();
        Optional<T> loaded = load.get();
        loaded.ifPresent(value -> keep(k, value, before));
        return loaded;
    }

    /** Like {@link #find}, for look-ups that refuse what they do not find. */
    <T> T get(String kind, Object key, Supplier<T> load) {
        return find(kind, key, () -> Optional.of(load.get())).orElseThrow();
    }

    /**
     * Reference data changes in {@code tx}: dropped now (so this transaction reads its own
     * changes) and again after the commit (so no other transaction keeps what it read before).
     */
    void changed(Tx tx) {
        clear();
        tx.afterCommit(this::clear);
    }

    int size() {
        return entries.size();
    }

    synchronized void clear() {
        generation++;
        entries.clear();
        filledSince = nanoTime.getAsLong();
    }

    private synchronized long generation() {
        return generation;
    }

    /** A value read before a clear may be outdated: it is not kept. */
    private synchronized void keep(Key key, Object value, long readInGeneration) {
        if (generation != readInGeneration) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            clear();
            return;
        }
        entries.put(key, value);
    }

    private void expireIfOld() {
        if (nanoTime.getAsLong() - filledSince >= maxAgeNanos) {
            synchronized (this) {
                if (nanoTime.getAsLong() - filledSince >= maxAgeNanos) {
                    clear();
                }
            }
        }
    }
}

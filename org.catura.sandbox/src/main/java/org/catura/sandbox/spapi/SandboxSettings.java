package org.catura.sandbox.spapi;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoProduct;

/**
 * How the SP-API sandbox behaves.
 *
 * @param port            0 picks a free port
 * @param tokenLifetime   how long issued access tokens live (Amazon: one hour)
 * @param timeCompression usage plans run this many times faster than Amazon's (1 = real quotas)
 * @param quotasEnforced  false answers every call (benchmarks of the import itself)
 * @param ordersPerMinute orders the background generator places; 0 generates only on request
 * @param pendingFor      how long a PENDING order waits before it becomes UNSHIPPED
 * @param cancelAfter     how long after purchase an order chosen to be cancelled later is cancelled
 * @param itemTaxes       per marketplace id, what the items tell about VAT (the seller's enrolment in
 *                        Amazon's VAT Calculation Service); a marketplace not named: {@link ItemTaxes#VAT_SERVICE}
 */
public record SandboxSettings(int port, String clientId, String clientSecret, String refreshToken,
        Duration tokenLifetime, double timeCompression, boolean quotasEnforced, long seed, double ordersPerMinute,
        Duration pendingFor, Duration cancelAfter, List<DemoProduct> catalogue, Map<String, ItemTaxes> itemTaxes) {

    /** A seller enrolled in Amazon's VAT Calculation Service everywhere. */
    public SandboxSettings(int port, String clientId, String clientSecret, String refreshToken,
            Duration tokenLifetime, double timeCompression, boolean quotasEnforced, long seed, double ordersPerMinute,
            Duration pendingFor, Duration cancelAfter, List<DemoProduct> catalogue) {
        this(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression, quotasEnforced, seed,
                ordersPerMinute, pendingFor, cancelAfter, catalogue, Map.of());
    }

    public SandboxSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        if (timeCompression <= 0) {
            throw new IllegalArgumentException("time compression must be > 0, got " + timeCompression);
        }
        if (ordersPerMinute < 0) {
            throw new IllegalArgumentException("orders per minute must be >= 0, got " + ordersPerMinute);
        }
        catalogue = List.copyOf(catalogue);
        itemTaxes = Map.copyOf(itemTaxes);
        if (catalogue.isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs at least one product to sell");
        }
    }

    /** Test defaults: fixed credentials, one-hour tokens, real quotas, no background orders. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(0, "amzn1.application-oa2-client.sandbox", "sandbox-client-secret",
                "Atzr|sandbox-refresh-token", Duration.ofHours(1), 1.0, true, 42L, 0, Duration.ofMinutes(10),
                Duration.ofHours(2), SandboxCatalogue.PRODUCTS);
    }

    public SandboxSettings withTokenLifetime(Duration lifetime) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, lifetime, timeCompression,
                quotasEnforced, seed, ordersPerMinute, pendingFor, cancelAfter, catalogue, itemTaxes);
    }

    public SandboxSettings withTimeCompression(double factor) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, factor,
                quotasEnforced, seed, ordersPerMinute, pendingFor, cancelAfter, catalogue, itemTaxes);
    }

    public SandboxSettings withQuotasEnforced(boolean enforced) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression,
                enforced, seed, ordersPerMinute, pendingFor, cancelAfter, catalogue, itemTaxes);
    }

    public SandboxSettings withOrdersPerMinute(double perMinute) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression,
                quotasEnforced, seed, perMinute, pendingFor, cancelAfter, catalogue, itemTaxes);
    }

    public SandboxSettings withSeed(long newSeed) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression,
                quotasEnforced, newSeed, ordersPerMinute, pendingFor, cancelAfter, catalogue, itemTaxes);
    }

    public SandboxSettings withCatalogue(List<DemoProduct> products) {
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression,
                quotasEnforced, seed, ordersPerMinute, pendingFor, cancelAfter, products, itemTaxes);
    }

    /** The same sandbox, the items of {@code marketplace} telling VAT as {@code taxes} says. */
    public SandboxSettings withItemTaxes(DemoMarketplace marketplace, ItemTaxes taxes) {
        Map<String, ItemTaxes> changed = new HashMap<>(itemTaxes);
        changed.put(marketplace.marketplaceId(), taxes);
        return new SandboxSettings(port, clientId, clientSecret, refreshToken, tokenLifetime, timeCompression,
                quotasEnforced, seed, ordersPerMinute, pendingFor, cancelAfter, catalogue, changed);
    }

    /** The same sandbox, every marketplace's items telling VAT as {@code taxes} says. */
    public SandboxSettings withItemTaxes(ItemTaxes taxes) {
        SandboxSettings s = this;
        for (DemoMarketplace mp : DemoMarketplace.values()) {
            s = s.withItemTaxes(mp, taxes);
        }
        return s;
    }

    /** What the items of orders on that marketplace tell about VAT. */
    public ItemTaxes itemTaxes(String marketplaceId) {
        return itemTaxes.getOrDefault(marketplaceId, ItemTaxes.VAT_SERVICE);
    }
}

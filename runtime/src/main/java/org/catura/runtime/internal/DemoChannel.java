package org.catura.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.spapi.ItemTaxes;
import org.catura.sandbox.spapi.SandboxCatalogue;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;

/**
 * The demo's Amazon: an SP-API sandbox on this machine and the channel that imports from it,
 * exactly as a channel on real Amazon would (LWA login, quotas, paging), only with time compressed.
 */
final class DemoChannel implements AutoCloseable {

    static final String NAME = "amazon-demo";
    /** Amazon's quotas and the two-minute rule run this many times faster. */
    static final double TIME_COMPRESSION = 60;
    static final List<String> MARKETPLACES = List.of(AmazonMarketplaces.DE, AmazonMarketplaces.FR,
            AmazonMarketplaces.IT, AmazonMarketplaces.ES, AmazonMarketplaces.UK, AmazonMarketplaces.NL);

    private final SpApiSandbox sandbox;

    private DemoChannel(SpApiSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * Starts the sandbox placing {@code perMinute} orders a minute (real time) and points the
     * channel at it; PENDING orders are paid after {@code pendingFor}. The demo seller is in Amazon's
     * VAT Calculation Service on amazon.co.uk only (its 20 % agree with the ERP's UK VAT); German
     * and French orders come without tax, Italian, Spanish and Dutch ones with tax 0, and the ERP
     * decides theirs.
     */
    static DemoChannel start(long seed, double perMinute, Duration pendingFor) {
        SandboxSettings defaults = SandboxSettings.defaults();
        SandboxSettings settings = new SandboxSettings(0, defaults.clientId(), defaults.clientSecret(),
                defaults.refreshToken(), defaults.tokenLifetime(), TIME_COMPRESSION, true, seed, perMinute,
                pendingFor, pendingFor.multipliedBy(3), SandboxCatalogue.PRODUCTS)
                .withItemTaxes(ItemTaxes.ZERO).withItemTaxes(DemoMarketplace.DE, ItemTaxes.ABSENT)
                .withItemTaxes(DemoMarketplace.FR, ItemTaxes.ABSENT)
                .withItemTaxes(DemoMarketplace.UK, ItemTaxes.VAT_SERVICE);
        try {
            return new DemoChannel(new SpApiSandbox(settings).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the SP-API sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the channel on first use and, on every start, points it at this run's sandbox. The
     * first window reaches back {@code lookBack}.
     */
    AmazonChannel configure(AmazonChannels channels, boolean scheduled, long intervalSeconds, Duration lookBack) {
        AmazonChannel current = channels.get(NAME).orElseGet(() -> AmazonChannel.of(NAME, "A2DEMOSELLER",
                sandbox.endpoint().toString(), sandbox.tokenUrl().toString(), MARKETPLACES,
                sandbox.settings().clientId()).withImportSince(Instant.now().minus(lookBack)));
        AmazonChannel wanted = current.withEndpoint(sandbox.endpoint().toString(), sandbox.tokenUrl().toString())
                .withTimeCompression(TIME_COMPRESSION).withImportIntervalSeconds(intervalSeconds).withOverlapMinutes(1)
                .withSyncEnabled(false);
        channels.save(wanted, ChannelSecrets.of(sandbox.settings().clientSecret(), sandbox.settings().refreshToken()));
        return scheduled ? channels.enable(NAME) : channels.get(NAME).orElseThrow();
    }

    /**
     * Amazon takes {@code count} orders bought over the last {@code span} (ending a little before
     * now), but none before {@code imported}: the watermark a kept data folder has from an earlier
     * demo. This run's sandbox is a new Amazon, and the channel's next window starts at that
     * watermark, so orders older than it would never be seen.
     */
    List<String> placeOrders(int count, Duration span, Optional<Instant> imported) {
        Instant to = Instant.now().minusSeconds(5);
        Instant from = to.minus(span);
        if (imported.isPresent() && imported.get().plusSeconds(1).isAfter(from)) {
            from = imported.get().plusSeconds(1).isBefore(to) ? imported.get().plusSeconds(1) : to;
        }
        return sandbox.orders().generate(count, from, to);
    }

    SpApiSandbox sandbox() {
        return sandbox;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}

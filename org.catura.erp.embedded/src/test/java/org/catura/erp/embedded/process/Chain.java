package org.catura.erp.embedded.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.cancel.CancellationStation;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.testing.TestOrder;

/** The real station chain on the embedded ERP, as the runtime wires it, plus test orders. */
final class Chain {

    static final ProcessSettings FAST = new ProcessSettings(5, Duration.ofMillis(50), Duration.ofMillis(500), 5,
            Duration.ofMinutes(5), Duration.ofMillis(20));

    private Chain() {
    }

    static List<Station> stations(Erp erp) {
        return List.of(new CustomerStation(erp), new SalesOrderStation(erp), new ReleaseStation(erp),
                new DeliveryNoteStation(erp), new CancellationStation(erp));
    }

    static ProcessEngine engine(Database db, Erp erp, String node, int workers) {
        ProcessEngine engine = new ProcessEngine(db, FAST, node, workers);
        stations(erp).forEach(engine::addStation);
        return engine;
    }

    /** A German order for 1 or 2 pieces of a demo SKU at a gross price with 19 % VAT. */
    static ImportedOrder order(String id, int n) {
        return order(id, n, n);
    }

    /** Order {@code n} of buyer {@code buyer}: the same name, e-mail and address for every order of one buyer. */
    static ImportedOrder order(String id, int n, int buyer) {
        String[] skus = {"CAT-MUG-001", "CAT-MUG-002", "CAT-TEE-001"};
        int qty = 1 + n % 2;
        String gross = new BigDecimal("12.90").multiply(BigDecimal.valueOf(qty)).toPlainString();
        Instant purchased = Instant.parse("2026-11-20T10:00:00Z");
        // No phone on the address, unlike TestOrder's default one.
        PostalAddress to = new PostalAddress("Kunde " + buyer, null, "Teststraße " + buyer, null, null, "Berlin", null, null,
                "10115", "DE", null, "Residential");
        return TestOrder.of(id).purchasedAt(purchased).lastUpdatedAt(purchased)
                .buyer(new Buyer("Kunde " + buyer, "k" + buyer + "@marketplace.example", null, null, null)).shipTo(to)
                .line(TestOrder.line("1", skus[n % skus.length], "Demo item", qty, gross, TestOrder.GERMAN_VAT))
                .build();
    }
}

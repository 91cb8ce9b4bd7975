package org.catura.amazon.plugin.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.catura.amazon.plugin.api.ImportReport;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.station.cancel.CancellationStation;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoProduct;
import org.catura.sandbox.spapi.ItemTaxes;
import org.catura.sandbox.spapi.OrderChoice;
import org.catura.sandbox.spapi.SandboxCatalogue;
import org.catura.sandbox.spapi.SandboxSettings;
import org.catura.sandbox.spapi.SpApiSandbox;
import org.catura.sandbox.spapi.SpecialCase;
import org.catura.testing.EngineDriver;
import org.catura.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A seller outside Amazon's VAT Calculation Service: the sandbox sends its orders without any
 * TAX (amazon.de, amazon.it) or with TAX 0.00 (amazon.fr), at gross prices; the import hands them
 * in and the ERP decides each order's tax, so they release with Amazon's total, FBA orders as FBA.
 */
class TaxFromTheErpPathTest {

    static final String CHANNEL = "amazon-eu";
    static final DemoProduct MUG = SandboxCatalogue.PRODUCTS.get(0);
    static final DemoProduct BOOK = SandboxCatalogue.PRODUCTS.stream().filter(DemoProduct::reducedRate).findFirst()
            .orElseThrow();

    Fixture fixture;
    SpApiSandbox sandbox;
    ProcessEngine engine;
    OrderProcess process;
    Fixture.Wiring wiring;
    final MovableClock clock = MovableClock.running();

    @BeforeEach
    void start() throws Exception {
        fixture = Fixture.withErpDemo();
        Erp erp = new ErpComponent(fixture.database);
        fixture.database.inTransaction(tx -> erp.company().save(tx, new Company("Catura Demo GmbH",
                new Location("Hauptstraße 1", null, null, null, "Berlin", "10115", null, "DE"), "DE123456789", null,
                null, null, null, true)));
        engine = new ProcessEngine(fixture.database, OrderPathTest.FAST, "test", 2);
        List.of(new CustomerStation(erp), new SalesOrderStation(erp), new ReleaseStation(erp),
                new DeliveryNoteStation(erp), new CancellationStation(erp)).forEach(engine::addStation);
        process = Fixture.process(engine::workStates);
        // A merchant who sells to businesses and to Switzerland lets such orders through.
        fixture.database.inTransaction(tx -> org.catura.core.api.db.Sql.update(tx, "update CAT_ReleaseRule set"
                + " IsActive = 'N' where Name in ('Business order', 'Business order with PO number',"
                + " 'Country not served')"));
    }

    void startSandbox(SandboxSettings settings) throws Exception {
        sandbox = new SpApiSandbox(settings.withQuotasEnforced(false), clock).start();
        wiring = fixture.wire(new AesGcmSecrets(new byte[32]), process, clock, 50, ImportObserver.NONE);
        wiring.channels().save(Fixture.channel(CHANNEL, sandbox).withImportSince(clock.instant().minus(Duration.ofHours(6))),
                Fixture.secrets(sandbox));
    }

    @AfterEach
    void stop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
        fixture.close();
    }

    String place(Set<SpecialCase> cases, OrderChoice choice) {
        return sandbox.orders().place(clock.instant().minus(Duration.ofHours(1)), cases, choice);
    }

    String state(String amazonOrderId) {
        return fixture.text("select p.state from catura_process p join catura_order o on o.order_id = p.order_id "
                + "where o.channel = ? and o.external_id = ?", CHANNEL, amazonOrderId);
    }

    BigDecimal rate(String amazonOrderId) {
        return new BigDecimal(fixture.text("select x.rate::text from c_ordertax t join c_order o on o.c_order_id ="
                + " t.c_order_id join c_tax x on x.c_tax_id = t.c_tax_id where o.poreference = ?", amazonOrderId));
    }

    /** Released with one tax of {@code rate} %, the ERP's VAT extracted from Amazon's gross total, no issue. */
    void assertReleasedAt(String amazonOrderId, String rate, String releasedState) {
        assertEquals(releasedState, state(amazonOrderId), amazonOrderId + " issues: " + fixture.text(
                "select string_agg(i.code || ': ' || i.detail, '; ') from catura_order_issue i join catura_order o"
                        + " on o.order_id = i.order_id where o.external_id = ?", amazonOrderId));
        BigDecimal total = new BigDecimal(sandbox.orders().json(amazonOrderId).orElseThrow()
                .at("/proceeds/grandTotal/amount").asText());
        assertEquals(0, total.compareTo(new BigDecimal(fixture.text("select grandtotal::text from c_order where"
                + " poreference = ?", amazonOrderId))), "the ERP's gross total is Amazon's");
        assertEquals(1, fixture.count("select count(*) from c_ordertax t join c_order o on o.c_order_id ="
                + " t.c_order_id where o.poreference = ?", amazonOrderId));
        assertEquals(0, new BigDecimal(rate).compareTo(rate(amazonOrderId)), amazonOrderId);
        BigDecimal expectedTax = total.multiply(new BigDecimal(rate)).divide(new BigDecimal(rate).add(BigDecimal
                .valueOf(100)), 2, RoundingMode.HALF_UP);
        assertEquals(0, expectedTax.compareTo(new BigDecimal(fixture.text("select t.taxamt::text from c_ordertax t"
                + " join c_order o on o.c_order_id = t.c_order_id where o.poreference = ?", amazonOrderId))));
    }

    @Test
    void ordersWithoutItemTaxGoFromTheSandboxThroughTheImportToReleaseWithTheErpsTax() throws Exception {
        startSandbox(SandboxSettings.defaults().withItemTaxes(ItemTaxes.ABSENT)
                .withItemTaxes(DemoMarketplace.FR, ItemTaxes.ZERO));
        Set<SpecialCase> plain = EnumSet.noneOf(SpecialCase.class);
        String germany = place(plain, OrderChoice.of(DemoMarketplace.DE, MUG));
        String france = place(plain, OrderChoice.of(DemoMarketplace.FR, MUG));
        String italianBusiness = place(EnumSet.of(SpecialCase.BUSINESS), OrderChoice.of(DemoMarketplace.IT, MUG));
        String switzerland = place(plain, OrderChoice.of(DemoMarketplace.DE, MUG).shippedTo(new PostalAddress(
                "Urs Meier", null, "Bahnhofstrasse 1", null, null, "Zürich", null, null, "8001", "CH",
                "+41 44 123 45 67", "Residential")));
        String book = place(plain, OrderChoice.of(DemoMarketplace.DE, BOOK));
        String fba = place(EnumSet.of(SpecialCase.FBA), OrderChoice.of(DemoMarketplace.DE, MUG));
        assertTrue(sandbox.orders().json(germany).orElseThrow().toString().indexOf("\"TAX\"") < 0,
                "the sandbox sends no tax at all");

        ImportReport report = wiring.imports().runNow(CHANNEL);
        assertEquals(ImportReport.Outcome.COMPLETED, report.outcome(), report.message());
        assertEquals(6, report.created());
        new EngineDriver(fixture.database, engine, process).runUntilIdle();

        assertReleasedAt(germany, "19", "SHIPMENT_CREATED");
        assertReleasedAt(france, "20", "SHIPMENT_CREATED");
        assertReleasedAt(italianBusiness, "0", "SHIPMENT_CREATED");
        assertReleasedAt(switzerland, "0", "SHIPMENT_CREATED");
        assertReleasedAt(book, "7", "SHIPMENT_CREATED");
        assertReleasedAt(fba, "19", "SHIPMENT_CONFIRMED");
        assertTrue(fixture.text("select description from c_order where poreference = ?", italianBusiness)
                .contains("intra-Community supply"));
        assertEquals(0, fixture.count("select count(*) from catura_order_issue"));
    }

    @Test
    void theDemosMixOfSellersInAndOutsideTheVatServiceGivesNoTaxIssue() throws Exception {
        // As the demo: in Amazon's VAT service on amazon.co.uk only, OSS, registered for UK VAT.
        startSandbox(SandboxSettings.defaults().withItemTaxes(ItemTaxes.ZERO)
                .withItemTaxes(DemoMarketplace.DE, ItemTaxes.ABSENT).withItemTaxes(DemoMarketplace.FR, ItemTaxes.ABSENT)
                .withItemTaxes(DemoMarketplace.UK, ItemTaxes.VAT_SERVICE));
        fixture.database.inTransaction(tx -> new MasterData().setLocalVatCountries(tx, Set.of("GB")));
        sandbox.orders().generate(60, clock.instant().minus(Duration.ofHours(3)), clock.instant().minus(Duration.ofHours(1)));
        assertEquals(60, wiring.imports().runNow(CHANNEL).created());
        new EngineDriver(fixture.database, engine, process).runUntilIdle();

        assertEquals("", fixture.text("select coalesce(string_agg(code || ': ' || detail, '; '), '') from"
                + " catura_order_issue where code in ('TAX_MISMATCH', 'NO_TAX_RATE')"));
        assertEquals(0, fixture.count("""
                select count(*) from catura_process p join catura_order o on o.order_id = p.order_id
                  join c_order c on c.c_order_id = p.sales_order_id
                 where c.grandtotal <> (o.order_json->>'orderTotal')::numeric
                   and not exists (select 1 from catura_order_issue i where i.order_id = p.order_id
                                    and i.code = 'UNKNOWN_SKU')"""), "the ERP's gross total equals Amazon's");
        assertTrue(fixture.count("select count(*) from catura_process where state = 'SHIPMENT_CREATED'") >= 30);
    }
}

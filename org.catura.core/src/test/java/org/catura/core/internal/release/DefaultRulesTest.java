package org.catura.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.testing.SequenceRecordIds;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the default set (as the migrations leave it) fires on the fact it is about, and
 * only the first matching rule decides. Facts are built by {@link ReleaseFacts#of} from an
 * imported order and its ERP order, so the mapping from order to fact is checked too.
 */
class DefaultRulesTest {

    static TestDatabase db;
    static List<ReleaseRule> defaults;
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    final RuleBook book = new RuleBook(new RuleConditions());

    @BeforeAll
    static void loadDefaults() {
        db = new TestDatabase();
        defaults = db.database().inTransaction(tx -> new RuleStore(new SequenceRecordIds()).list(tx));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** A German order of 2 mugs, 19.98 EUR, with everything below as given. */
    record Case(Set<OrderFlag> flags, String serviceLevel, String po, Instant latestShip, PostalAddress to,
            BigDecimal total, BigDecimal erpTotal, List<ImportedLine> lines, Set<String> issues, boolean stockShort,
            Fulfilment fulfilment) {

        static Case plain() {
            return new Case(Set.of(), "Standard", null, null,
                    TestOrders.address("Ida Roth", "Hauptstraße 5", "10115", "Berlin", "DE"), new BigDecimal("19.98"),
                    new BigDecimal("19.98"), List.of(ImportedLine.of("1", "SKU-1", "Mug", new BigDecimal("2"),
                            new BigDecimal("19.98"), new BigDecimal("3.19"))), Set.of(), false, Fulfilment.MERCHANT);
        }

        Case flags(OrderFlag... f) {
            return new Case(f.length == 0 ? Set.of() : EnumSet.of(f[0], f), serviceLevel, po, latestShip, to, total,
                    erpTotal, lines, issues, stockShort, fulfilment);
        }

        Case service(String level) {
            return new Case(flags, level, po, latestShip, to, total, erpTotal, lines, issues, stockShort, fulfilment);
        }

        Case po(String number) {
            return new Case(flags, serviceLevel, number, latestShip, to, total, erpTotal, lines, issues, stockShort,
                    fulfilment);
        }

        Case latestShip(Instant at) {
            return new Case(flags, serviceLevel, po, at, to, total, erpTotal, lines, issues, stockShort, fulfilment);
        }

        Case to(String postal, String country) {
            return new Case(flags, serviceLevel, po, latestShip, TestOrders.address("Ida Roth", "Main St 1", postal,
                    "Town", country), total, erpTotal, lines, issues, stockShort, fulfilment);
        }

        Case totals(String imported, String erp) {
            return new Case(flags, serviceLevel, po, latestShip, to, new BigDecimal(imported), new BigDecimal(erp),
                    lines, issues, stockShort, fulfilment);
        }

        Case line(ImportedLine line) {
            return new Case(flags, serviceLevel, po, latestShip, to, total, erpTotal, List.of(line), issues,
                    stockShort, fulfilment);
        }

        Case issues(String... codes) {
            return new Case(flags, serviceLevel, po, latestShip, to, total, erpTotal, lines, Set.of(codes),
                    stockShort, fulfilment);
        }

        Case lacksStock() {
            return new Case(flags, serviceLevel, po, latestShip, to, total, erpTotal, lines, issues, true, fulfilment);
        }

        Case byChannel() {
            return new Case(flags, serviceLevel, po, latestShip, to, total, erpTotal, lines, issues, stockShort,
                    Fulfilment.CHANNEL);
        }
    }

    RuleBook.Verdict decide(Case c) {
        ImportedOrder order = new ImportedOrder("amazon-de", "302-1", "A1PA6795UKMFR9",
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T10:05:00Z"),
                ChannelOrderStatus.UNSHIPPED, c.fulfilment(), new Buyer("Ida Roth", "ida@example.org", null, null,
                        null), c.to(), null, "EUR", true, c.total(), c.serviceLevel(), c.flags(), c.po(), null, null,
                c.latestShip(), c.lines());
        SalesOrder so = new SalesOrder(1, "SO-1", DocStatus.DRAFTED, 1, 1, 1, 0, 1, "302-1", "EUR", true,
                LocalDate.of(2026, 11, 20), c.erpTotal(), c.erpTotal(), List.of(), List.of());
        return book.decide(defaults, ReleaseFacts.of(order, so, c.issues(), c.stockShort(), NOW), NOW);
    }

    void assertQueuedBy(String rule, Case c) {
        RuleBook.Verdict v = decide(c);
        assertEquals(rule, v.ruleName());
        assertEquals(ReleaseAction.MANUAL_QUEUE, v.action(), rule);
        assertTrue(!v.reason().isBlank(), "the queue shows a reason");
    }

    static ImportedLine mug(String giftMessage, String wrap, String customUrl) {
        return new ImportedLine("1", "SKU-1", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                new BigDecimal("3.19"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, giftMessage, wrap, customUrl);
    }

    @Test
    void anOrdinaryOrderIsCaughtByNoRuleAndReleased() {
        RuleBook.Verdict v = decide(Case.plain());
        assertNull(v.rule());
        assertEquals(ReleaseAction.RELEASE, v.action());
    }

    @Test
    void aCancellationRequestGoesToTheQueueBeforeAnythingElse() {
        assertQueuedBy("Buyer asked to cancel", Case.plain().flags(OrderFlag.CANCELLATION_REQUESTED,
                OrderFlag.BUSINESS, OrderFlag.GIFT).issues("UNKNOWN_SKU"));
    }

    @Test
    void anUnknownSkuGoesToTheQueue() {
        assertQueuedBy("Unknown SKU", Case.plain().issues("UNKNOWN_SKU"));
    }

    @Test
    void anyOtherImportProblemGoesToTheQueue() {
        assertQueuedBy("Import problems", Case.plain().issues("NO_TAX_RATE"));
    }

    @Test
    void totalsDifferingBeyondTheToleranceGoToTheQueueWithinItAreReleased() {
        assertQueuedBy("Totals differ", Case.plain().totals("19.98", "20.01"));
        assertNull(decide(Case.plain().totals("19.98", "19.96")).rule(), "2 cents are within the tolerance");
    }

    @Test
    void aPostalCodeThatFailsItsCountrysPatternGoesToTheQueue() {
        assertQueuedBy("Postal code invalid", Case.plain().to("1011", "DE"));
        assertQueuedBy("Postal code invalid", Case.plain().to("1234", "NL"));
        assertNull(decide(Case.plain().to("1234 AB", "NL")).rule());
    }

    @Test
    void notEnoughStockGoesToTheQueue() {
        assertQueuedBy("Not enough stock", Case.plain().lacksStock());
    }

    @Test
    void aCountryNotServedGoesToTheQueue() {
        assertQueuedBy("Country not served", Case.plain().to("10001", "US"));
    }

    @Test
    void aGiftMessageGoesToTheQueue() {
        assertQueuedBy("Gift message", Case.plain().line(mug("Happy birthday!", null, null)));
    }

    @Test
    void giftWrapWithoutAMessageGoesToTheQueue() {
        assertQueuedBy("Gift wrap", Case.plain().line(mug(null, "Classic", null)));
        assertQueuedBy("Gift wrap", Case.plain().flags(OrderFlag.GIFT));
    }

    @Test
    void amazonCustomDataGoesToTheQueue() {
        assertQueuedBy("Amazon Custom", Case.plain().line(mug(null, null, "https://example.org/custom.zip")));
        assertQueuedBy("Amazon Custom", Case.plain().flags(OrderFlag.CUSTOMIZED));
    }

    @Test
    void aBusinessOrderGoesToTheQueueWithOrWithoutItsPoNumber() {
        assertQueuedBy("Business order with PO number", Case.plain().flags(OrderFlag.BUSINESS).po("PO-4711"));
        assertQueuedBy("Business order", Case.plain().flags(OrderFlag.BUSINESS));
    }

    @Test
    void aReplacementOrderGoesToTheQueueUnlessAmazonShipsIt() {
        assertQueuedBy("Replacement order", Case.plain().flags(OrderFlag.REPLACEMENT));
        assertNull(decide(Case.plain().flags(OrderFlag.REPLACEMENT).byChannel()).rule());
    }

    @Test
    void aSignatureOrIdCheckIsReleasedForTheCarrierMatrixToDecide() {
        // V17: the shipping plugin's matrix picks a service that offers it, or parks the order with the reason
        assertNull(decide(Case.plain().flags(OrderFlag.SIGNATURE_REQUIRED)).rule());
        assertNull(decide(Case.plain().flags(OrderFlag.ID_CHECK)).rule());
    }

    @Test
    void aLargeOrderGoesToTheQueue() {
        assertQueuedBy("Large order", Case.plain().totals("1200.00", "1200.00"));
    }

    @Test
    void aPreOrderIsHeldUntilTwoDaysBeforeItsLatestShipDate() {
        Instant latestShip = NOW.plus(Duration.ofDays(10));
        RuleBook.Verdict v = decide(Case.plain().flags(OrderFlag.PREORDER).latestShip(latestShip));
        assertEquals("Pre-order not yet due", v.ruleName());
        assertEquals(ReleaseAction.HOLD, v.action());
        assertEquals(latestShip.minus(Duration.ofDays(2)), v.holdUntil());

        RuleBook.Verdict due = decide(Case.plain().flags(OrderFlag.PREORDER).latestShip(NOW.plus(Duration.ofDays(1))));
        assertNull(due.rule(), "due within two days: released");

        RuleBook.Verdict noDate = decide(Case.plain().flags(OrderFlag.PREORDER));
        assertEquals(NOW.plus(Duration.ofHours(24)), noDate.holdUntil(), "without a ship date: a day at a time");
    }

    @Test
    void primeAndAFastServiceLevelAreReleasedByTheirOwnRule() {
        for (Case c : List.of(Case.plain().flags(OrderFlag.PRIME), Case.plain().flags(OrderFlag.PREMIUM_SHIPPING),
                Case.plain().service("Expedited"), Case.plain().service("NextDay"))) {
            RuleBook.Verdict v = decide(c);
            assertEquals("Prime and fast service", v.ruleName(), c.toString());
            assertEquals(ReleaseAction.RELEASE, v.action());
        }
        assertNull(decide(Case.plain().service(null)).rule(), "no service level is an ordinary order");
        assertQueuedBy("Gift message", Case.plain().flags(OrderFlag.PRIME).line(mug("For you", null, null)));
    }

    @Test
    void theDefaultSetCoversEverySpecialCaseOfTheImportAndTheConsistencyGate() {
        List<String> names = defaults.stream().map(ReleaseRule::name).toList();
        assertEquals(List.of("Buyer asked to cancel", "Unknown SKU", "Import problems", "Totals differ",
                "Postal code invalid", "Not enough stock", "Country not served", "Gift message", "Gift wrap",
                "Amazon Custom", "Business order with PO number", "Business order", "Replacement order",
                "Signature or ID check", "Large order", "Pre-order not yet due", "Prime and fast service"), names);
        assertEquals(List.of("Signature or ID check"),
                defaults.stream().filter(r -> !r.active()).map(ReleaseRule::name).toList(), "retired by V17");
    }
}

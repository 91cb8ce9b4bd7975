package org.catura.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseDecision;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.api.release.RuleError;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.core.testing.InMemoryErp;
import org.catura.core.testing.SequenceRecordIds;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseRulesTest {

    static TestDatabase db;
    final RuleStore rules = new RuleStore(new SequenceRecordIds());
    ProcessEngine engine;
    ProcessStore store;

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void start() {
        db.reset();
        db.execute("truncate catura_release_decision");
        InMemoryErp erp = new InMemoryErp();
        engine = new ProcessEngine(db.database(), new ProcessSettings(2, Duration.ofMillis(10), Duration.ofMillis(10),
                10, Duration.ofMinutes(1), Duration.ofMillis(10)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        store = new ProcessStore(engine::workStates);
    }

    OrderProcessView run(ImportedOrder order) {
        long id = db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        while (engine.runOnce() > 0) {
            // drain
        }
        return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
    }

    static ImportedOrder withFlags(String id, Set<OrderFlag> flags, List<ImportedLine> lines) {
        ImportedOrder b = TestOrders.order(id);
        return new ImportedOrder(b.channel(), id, b.marketplaceId(), b.purchasedAt(), b.lastUpdatedAt(),
                ChannelOrderStatus.UNSHIPPED, b.fulfilment(), new Buyer("Ida Roth", "ida-" + id + "@example.org",
                        null, null, null), b.shipTo(), null, "EUR", true, b.orderTotal(), "Standard", flags, null,
                null, null, null, lines);
    }

    String lastDecisionRule(long orderId) {
        return db.database().inTransaction(tx -> rules.decisions(tx, orderId)).stream().reduce((a, b) -> b)
                .orElseThrow().ruleName();
    }

    @Test
    void anOrdinaryOrderIsReleasedAndTheDecisionKeepsItsFacts() {
        OrderProcessView view = run(TestOrders.order("R-1"));
        assertEquals(OrderState.RELEASED, view.state());
        var decision = db.database().inTransaction(tx -> rules.decisions(tx, view.orderId())).get(0);
        assertEquals(ReleaseAction.RELEASE, decision.action());
        assertEquals("DE", decision.facts().get("country"));
        assertEquals(Boolean.TRUE, decision.facts().get("postalCodeValid"));
    }

    @Test
    void aGiftMessageParksTheOrderByTheDefaultRule() {
        ImportedLine gift = new ImportedLine("1", "SKU-1", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                new BigDecimal("3.19"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, "Happy birthday, Ida!", null, null);
        OrderProcessView view = run(withFlags("R-2", Set.of(OrderFlag.GIFT), List.of(gift)));
        assertEquals(OrderState.MANUAL_QUEUE, view.state());
        assertEquals("Gift message", lastDecisionRule(view.orderId()));
    }

    @Test
    void theStationTakesStockAndUnknownSkusFromTheErp() {
        ImportedOrder base = TestOrders.order("R-12");
        ImportedOrder eleven = TestOrders.order("R-12", base.buyer(), base.shipTo(), ChannelOrderStatus.UNSHIPPED,
                List.of(ImportedLine.of("1", "SKU-1", "Mug", new BigDecimal("11"), new BigDecimal("109.89"),
                        new BigDecimal("17.55"))));
        OrderProcessView shortOfStock = run(eleven);
        assertEquals(OrderState.MANUAL_QUEUE, shortOfStock.state(), "11 mugs, 10 in stock");
        assertEquals("Not enough stock", lastDecisionRule(shortOfStock.orderId()));

        ImportedOrder unknown = TestOrders.order("R-13", base.buyer(), base.shipTo(), ChannelOrderStatus.UNSHIPPED,
                List.of(ImportedLine.of("1", "SKU-404", "Vase", new BigDecimal("1"), new BigDecimal("9.99"),
                        new BigDecimal("1.60"))));
        OrderProcessView queued = run(unknown);
        assertEquals(OrderState.MANUAL_QUEUE, queued.state());
        assertEquals("Unknown SKU", lastDecisionRule(queued.orderId()));
        assertEquals(Boolean.TRUE, db.database().inTransaction(tx -> rules.decisions(tx, queued.orderId())).get(0)
                .facts().get("unknownSku"));
    }

    void sendBack(long orderId) {
        db.database().inTransaction(tx -> {
            store.moveTo(tx, orderId, OrderState.ORDER_ENTERED, "clara", "Back to automation");
            return null;
        });
        while (engine.runOnce() > 0) {
            // drain
        }
    }

    ImportedLine giftLine() {
        return new ImportedLine("1", "SKU-1", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                new BigDecimal("3.19"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, "Happy birthday, Ida!", null, null);
    }

    @Test
    void anOrderAPersonSentBackIsNotQueuedAgainForTheSameReasonAndMovesOn() {
        long id = run(withFlags("R-14", Set.of(OrderFlag.GIFT), List.of(giftLine()))).orderId();
        assertEquals("Gift message", lastDecisionRule(id));

        sendBack(id);
        assertEquals(OrderState.RELEASED, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state(),
                "the gift message was dealt with: the order continues at the next station");
        List<ReleaseDecision> decisions = db.database().inTransaction(tx -> rules.decisions(tx, id));
        assertEquals(List.of("Gift message", "(no rule matched)"),
                decisions.stream().map(ReleaseDecision::ruleName).toList());
        assertEquals(List.of("Gift message"), decisions.get(1).facts().get("reviewedRules"));
    }

    @Test
    void anotherReasonFoundAfterTheSendBackQueuesTheOrderAgain() {
        long id = run(withFlags("R-15", Set.of(OrderFlag.GIFT, OrderFlag.BUSINESS), List.of(giftLine()))).orderId();
        assertEquals("Gift message", lastDecisionRule(id));
        sendBack(id);
        assertEquals(OrderState.MANUAL_QUEUE, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow()
                .state());
        assertEquals("Business order", lastDecisionRule(id), "a reason nobody has dealt with yet");
        sendBack(id);
        assertEquals(OrderState.RELEASED, db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow().state());
    }

    @Test
    void thePreviewJudgesOlderDecisionsThatLackNewerFactsWithoutFailing() {
        long old = run(TestOrders.order("R-16")).orderId();
        db.execute("update catura_release_decision set facts = facts - 'hoursToLatestShip' where order_id = " + old);
        List<Long> caught = db.database().inTransaction(tx -> rules.preview(tx, "hoursToLatestShip > 1", 1000));
        assertTrue(!caught.contains(old), "a fact the decision did not have cannot catch it");
        assertTrue(db.database().inTransaction(tx -> rules.preview(tx, "total > 1", 1000)).contains(old));
    }

    @Test
    void aCancellationRequestComesBeforeEverythingElse() {
        OrderProcessView view = run(withFlags("R-3", Set.of(OrderFlag.CANCELLATION_REQUESTED, OrderFlag.BUSINESS),
                TestOrders.order("x").lines()));
        assertEquals(OrderState.MANUAL_QUEUE, view.state());
        assertEquals("Buyer asked to cancel", lastDecisionRule(view.orderId()));
    }

    @Test
    void aHoldRuleMakesTheOrderWaitAndAnInactiveRuleIsSkipped() {
        db.database().inTransaction(tx -> rules.save(tx, new ReleaseRule(0, 5, "Prime waits", "prime",
                ReleaseAction.HOLD, "test", 2, true), "admin"));
        db.database().inTransaction(tx -> rules.save(tx, new ReleaseRule(0, 4, "Never", "true",
                ReleaseAction.MANUAL_QUEUE, "inactive", 0, false), "admin"));
        try {
            OrderProcessView view = run(withFlags("R-4", Set.of(OrderFlag.PRIME), TestOrders.order("x").lines()));
            assertEquals(OrderState.ORDER_ENTERED, view.state(), "held, not released");
            assertTrue(view.nextAttemptAt().isAfter(java.time.Instant.now().plus(Duration.ofMinutes(110))));
            assertEquals("Prime waits", lastDecisionRule(view.orderId()));
        } finally {
            db.execute("delete from CAT_ReleaseRule where Name in ('Prime waits', 'Never')");
        }
    }

    @Test
    void aHoldUntilADateResumesAtThatDateAndTheRulesAfterItDecide() throws Exception {
        Instant until = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        db.database().inTransaction(tx -> rules.save(tx, new ReleaseRule(0, 5, "Closed until", "'PRIME' =~ flags",
                ReleaseAction.HOLD, "warehouse closed", 0, true, "'" + until + "'"), "admin"));
        try {
            OrderProcessView held = run(withFlags("R-8", Set.of(OrderFlag.PRIME), TestOrders.order("x").lines()));
            assertEquals(OrderState.ORDER_ENTERED, held.state());
            assertTrue(Duration.between(until, held.nextAttemptAt()).abs().toMillis() < 1000,
                    "waits until " + until + ", next attempt " + held.nextAttemptAt());
            assertEquals(0, engine.runOnce(), "nothing is decided before the date");

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 300);
            while (engine.runOnce() > 0) {
                // drain
            }
            OrderProcessView after = db.database().inTransaction(tx -> store.view(tx, held.orderId())).orElseThrow();
            assertEquals(OrderState.RELEASED, after.state(), "decided again at the date; the hold no longer holds");
            List<ReleaseDecision> decisions = db.database().inTransaction(tx -> rules.decisions(tx, held.orderId()));
            assertEquals(List.of("Closed until", "Prime and fast service"),
                    decisions.stream().map(ReleaseDecision::ruleName).toList());
            assertEquals(List.of(ReleaseAction.HOLD, ReleaseAction.RELEASE),
                    decisions.stream().map(ReleaseDecision::action).toList());
        } finally {
            db.execute("delete from CAT_ReleaseRule where Name = 'Closed until'");
        }
    }

    @Test
    void aHoldDateThatIsNoDateIsRefusedWithItsPosition() {
        long before = db.count("select count(*) from CAT_ReleaseRule");
        InvalidRuleException syntax = assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(
                tx -> rules.save(tx, new ReleaseRule(0, 1, "Bad hold", "prime", ReleaseAction.HOLD, "x", 0, true,
                        "hoursToLatestShip -"), "admin")));
        assertTrue(syntax.error().message().startsWith("hold until: "), syntax.error().message());
        assertTrue(syntax.error().column() > 1, syntax.error().toString());
        InvalidRuleException notADate = assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(
                tx -> rules.save(tx, new ReleaseRule(0, 1, "Bad hold", "prime", ReleaseAction.HOLD, "x", 0, true,
                        "'next week'"), "admin")));
        assertTrue(notADate.error().message().contains("'next week' is not a date"), notADate.error().message());
        assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(tx -> rules.save(tx,
                new ReleaseRule(0, 1, "Bad hold", "prime", ReleaseAction.HOLD, "x", 0, true, null), "admin")),
                "a hold without date or hours");
        assertEquals(before, db.count("select count(*) from CAT_ReleaseRule"));
    }

    @Test
    void thePreviewLooksAtTheLastOrdersOnly() {
        run(TestOrders.order("R-9"));
        long second = run(TestOrders.order("R-10")).orderId();
        long third = run(TestOrders.order("R-11")).orderId();
        assertEquals(List.of(third, second), db.database().inTransaction(tx -> rules.preview(tx, "true", 2)));
    }

    @Test
    void aRuleThatReachesForTheHostIsRefusedWhenSavedAndNothingIsSaved() {
        long before = db.count("select count(*) from CAT_ReleaseRule");
        InvalidRuleException file = assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(
                tx -> rules.save(tx, new ReleaseRule(0, 1, "Key file", "new('java.io.FileInputStream', "
                        + "'/etc/catura/secrets.key').read() > 0", ReleaseAction.MANUAL_QUEUE, "x", 0, true),
                        "admin")));
        assertEquals("Rule 'Key file' is invalid: line 1, column 1: a rule may not create objects (new)",
                file.getMessage());
        InvalidRuleException hold = assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(
                tx -> rules.save(tx, new ReleaseRule(0, 1, "Long hold", "true", ReleaseAction.HOLD, "x", 0, true,
                        "'x'.repeat(1000000000)"), "admin")));
        assertTrue(hold.error().message().startsWith("hold until: a rule may not call 'repeat'"),
                hold.error().message());
        InvalidRuleException preview = assertThrows(InvalidRuleException.class,
                () -> db.database().inTransaction(tx -> rules.preview(tx, "(x -> true)(1)", 10)));
        assertTrue(preview.getMessage().contains("may not use functions"), preview.getMessage());
        assertEquals(before, db.count("select count(*) from CAT_ReleaseRule"));
    }

    @Test
    void anInvalidConditionIsRefusedWithItsPositionAndNothingIsSaved() {
        long before = db.count("select count(*) from CAT_ReleaseRule");
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> db.database().inTransaction(
                tx -> rules.save(tx, new ReleaseRule(0, 1, "Broken", "total > && prime", ReleaseAction.MANUAL_QUEUE,
                        "x", 0, true), "admin")));
        assertEquals(1, e.error().line());
        assertTrue(e.error().column() >= 7, e.error().toString());
        assertEquals(before, db.count("select count(*) from CAT_ReleaseRule"));

        RuleError unknown = rules.validate("totl > 100").orElseThrow();
        assertEquals("unknown name 'totl'", unknown.message());
        assertEquals(1, unknown.column());
        assertEquals("the condition must give true or false, not String",
                rules.validate("country").orElseThrow().message());
        assertTrue(rules.validate("business && 'GIFT' =~ flags || total > 250.5").isEmpty());
    }

    @Test
    void thePreviewShowsWhichRecentOrdersARuleWouldCatch() {
        long plain = run(TestOrders.order("R-5")).orderId();
        long prime = run(withFlags("R-6", Set.of(OrderFlag.PRIME), TestOrders.order("x").lines())).orderId();
        List<Long> caught = db.database().inTransaction(tx -> rules.preview(tx, "prime || 'PRIME' =~ flags", 1000));
        assertEquals(List.of(prime), caught);
        List<Long> all = db.database().inTransaction(tx -> rules.preview(tx, "total > 10", 1000));
        assertTrue(all.containsAll(List.of(plain, prime)));
    }

    @Test
    void theLargeOrderLimitDependsOnTheCurrency() {
        ReleaseRule large = db.database().inTransaction(tx -> rules.list(tx)).stream()
                .filter(r -> r.name().equals("Large order")).findFirst().orElseThrow();
        RuleConditions conditions = new RuleConditions();
        java.util.Map<String, Object> facts = ReleaseFacts.sample();
        facts.put("total", new BigDecimal("5000"));
        facts.put("currency", "SEK");
        assertEquals(false, conditions.matches(large.condition(), facts), "5000 SEK is an ordinary order");
        facts.put("total", new BigDecimal("1200"));
        facts.put("currency", "EUR");
        assertEquals(true, conditions.matches(large.condition(), facts));
        facts.put("currency", "CHF");
        assertEquals(true, conditions.matches(large.condition(), facts), "unlisted currencies use 1000");
    }
}

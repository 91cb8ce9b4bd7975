package org.catura.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
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

class RuleSnapshotTest {

    static TestDatabase db;
    final AtomicLong clock = new AtomicLong();
    final RuleStore thisNode = new RuleStore(new RuleConditions(), () -> new RuleSnapshot(Duration.ofSeconds(1), clock::get),
            new SequenceRecordIds());
    final RuleStore otherNode = new RuleStore(new SequenceRecordIds());

    @BeforeAll
    static void startDatabase() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void removeTestRules() {
        db.execute("delete from CAT_ReleaseRule where Name like 'Snapshot %'");
    }

    List<String> names(RuleStore store) {
        return db.database().inTransaction(store::list).stream().map(ReleaseRule::name).toList();
    }

    static ReleaseRule rule(String name, boolean active) {
        return new ReleaseRule(0, 1, name, "country == 'DE'", ReleaseAction.MANUAL_QUEUE, "test", 0, active);
    }

    @Test
    void aRuleSavedOnAnotherNodeDecidesOnceTheSnapshotIsASecondOld() {
        assertFalse(names(thisNode).contains("Snapshot other node"));
        db.database().inTransaction(tx -> otherNode.save(tx, rule("Snapshot other node", true), "admin"));
        assertFalse(names(thisNode).contains("Snapshot other node"), "the snapshot is not a second old yet");
        clock.addAndGet(Duration.ofMillis(1000).toNanos());
        assertTrue(names(thisNode).contains("Snapshot other node"));
    }

    @Test
    void aChangeThroughThisInstanceIsSeenAtOnceAndARolledBackOneNotAfterTheCommit() {
        names(thisNode);
        ReleaseRule saved = db.database().inTransaction(tx -> thisNode.save(tx, rule("Snapshot here", true), "admin"));
        assertTrue(names(thisNode).contains("Snapshot here"), "saved, moved or toggled: used at once");
        db.database().inTransaction(tx -> thisNode.save(tx, new ReleaseRule(saved.id(), 1, saved.name(),
                saved.condition(), saved.action(), saved.reason(), 0, false), "admin"));
        assertFalse(db.database().inTransaction(thisNode::list).stream().filter(r -> r.id() == saved.id())
                .findFirst().orElseThrow().active(), "toggled off: used at once");
        db.database().inTransaction(tx -> {
            thisNode.delete(tx, saved.id(), "admin");
            return null;
        });
        assertFalse(names(thisNode).contains("Snapshot here"), "deleted: gone at once");

        assertThrows(IllegalStateException.class, () -> db.database().inTransaction(tx -> {
            thisNode.save(tx, rule("Snapshot rolled back", true), "admin");
            assertTrue(thisNode.list(tx).stream().anyMatch(r -> r.name().equals("Snapshot rolled back")),
                    "the transaction sees its own change");
            throw new IllegalStateException("rollback");
        }));
        clock.addAndGet(Duration.ofMillis(1000).toNanos());
        assertFalse(names(thisNode).contains("Snapshot rolled back"));
    }

    @Test
    void theNextDecisionAfterAnEditOnAnotherNodeUsesTheEditedRule() throws Exception {
        db.reset();
        InMemoryErp erp = new InMemoryErp();
        ProcessEngine engine = new ProcessEngine(db.database(), new ProcessSettings(2, Duration.ofMillis(10),
                Duration.ofMillis(10), 10, Duration.ofMinutes(1), Duration.ofMillis(10)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        ProcessStore store = new ProcessStore(engine::workStates);
        try {
            assertEquals(OrderState.RELEASED, run(engine, store, TestOrders.order("S-1")).state());
            db.database().inTransaction(tx -> otherNode.save(tx, new ReleaseRule(0, 1, "Snapshot big mugs",
                    "quantity >= 3", ReleaseAction.MANUAL_QUEUE, "count them", 0, true), "admin"));
            Thread.sleep(RuleSnapshot.MAX_AGE.toMillis() + 100);
            ImportedOrder base = TestOrders.order("S-2");
            ImportedOrder three = TestOrders.order("S-2", base.buyer(), base.shipTo(), base.status(), List.of(
                    ImportedLine.of("1", "SKU-1", "Mug", new BigDecimal("3"), new BigDecimal("29.97"),
                            new BigDecimal("4.79"))));
            OrderProcessView view = run(engine, store, three);
            assertEquals(OrderState.MANUAL_QUEUE, view.state());
            assertEquals("Snapshot big mugs", db.database().inTransaction(tx -> otherNode.decisions(tx,
                    view.orderId())).get(0).ruleName());
        } finally {
            engine.stop();
        }
    }

    static OrderProcessView run(ProcessEngine engine, ProcessStore store, ImportedOrder order) {
        long id = db.database().inTransaction(tx -> store.handIn(tx, order, null)).orderId();
        while (engine.runOnce() > 0) {
            // drain
        }
        return db.database().inTransaction(tx -> store.view(tx, id)).orElseThrow();
    }
}

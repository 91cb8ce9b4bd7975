package org.catura.core.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.retention.DueOrder;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;
import org.catura.core.api.retention.RetentionReport;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.core.testing.InMemoryErp;
import org.catura.core.testing.TestDatabase;
import org.catura.core.testing.TestOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three FBA orders run through the chain on embedded PostgreSQL, each with its own buyer in every
 * core table: one shipped 31 days ago, one 29 days ago, one cancelled 31 days ago. The rows before
 * and after the retention run, table by table.
 */
class BuyerDataRetentionTest {

    static TestDatabase db;
    static InMemoryErp erp;
    static ProcessStore store;
    static long shipped31;
    static long shipped29;
    static long cancelled31;

    @BeforeAll
    static void runTheChain() {
        db = new TestDatabase();
        db.reset();
        erp = new InMemoryErp();
        ProcessEngine engine = new ProcessEngine(db.database(), new ProcessSettings(2, Duration.ofMillis(10),
                Duration.ofMillis(10), 10, Duration.ofMinutes(1), Duration.ofMillis(10)), "test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        store = new ProcessStore(engine::workStates);
        shipped31 = handIn("304-0000031-1", "Anna Schmidt", "anna.schmidt@mail.example", "Lindenweg 3", "50667", "Köln");
        shipped29 = handIn("304-0000029-1", "Bernd Weber", "bernd.weber@mail.example", "Ahornallee 12", "80331",
                "München");
        cancelled31 = handIn("304-0000031-2", "Clara Vogel", "clara.vogel@mail.example", "Birkenstraße 7", "20095",
                "Hamburg");
        while (engine.runOnce() > 0) {
            // drain: customer, sales order, release; FBA orders go to SHIPMENT_CONFIRMED
        }
        shippedDaysAgo(shipped31, 31);
        shippedDaysAgo(shipped29, 29);
        cancelledDaysAgo(cancelled31, 31);
        for (long id : List.of(shipped31, shipped29, cancelled31)) {
            String name = text("select order_json->'buyer'->>'name' from catura_order where order_id = " + id);
            String street = text("select order_json->'shipTo'->>'addressLine1' from catura_order where order_id = " + id);
            String ext = text("select external_id from catura_order where order_id = " + id);
            String email = text("select order_json->'buyer'->>'email' from catura_order where order_id = " + id);
            db.execute("insert into catura_process_event (order_id, station, message) values (" + id
                    + ", 'anna', 'Phoned " + name + " about the parcel to " + street + "')");
            db.execute("insert into catura_order_issue (order_id, code, detail, station) values (" + id
                    + ", 'NAME_TOO_LONG', 'The name " + name + " is longer than the ERP takes', 'customer')");
            db.execute("insert into catura_outbox (topic, idempotency_key, payload, sent_at) values"
                    + " ('amazon.confirm-shipment', 'amazon-confirm-shipment:amazon-de:" + ext + ":1',"
                    + " '{\"amazonOrderId\":\"" + ext + "\"}', now() - interval '30 days'),"
                    + " ('mail', 'invoice-mail/" + id + "', '{\"to\":\"" + email + "\"}', now() - interval '30 days'),"
                    + " ('mail', 'unsent-mail/" + id + "', '{\"to\":\"" + email + "\"}', null)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void theDueOrdersLoseTheirBuyerDataInEveryCoreTableAndTheRecentOneKeepsIt() {
        for (long id : List.of(shipped31, shipped29, cancelled31)) {
            assertPersonalDataPresent(id);
        }
        assertEquals(List.of(shipped31, cancelled31), new Retention(db.database(), 30, 100, List.of()).due(10)
                .stream().map(DueOrder::orderId).sorted().toList());
        List<ErasableOrder> told = new ArrayList<>();
        Retention retention = new Retention(db.database(), 30, 1, List.of(recording(told)));
        List<RetentionReport> progress = new ArrayList<>();

        RetentionReport report = retention.eraseDue(progress::add);

        assertEquals(2, report.orders());
        assertEquals(2, progress.size(), "batches of one: progress after each");
        assertEquals(List.of("304-0000031-1", "304-0000031-2"), told.stream().map(ErasableOrder::externalId).sorted()
                .toList());
        ErasableOrder anna = told.stream().filter(o -> o.orderId() == shipped31).findFirst().orElseThrow();
        assertTrue(anna.personalValues().containsAll(Set.of("Anna Schmidt", "anna.schmidt@mail.example",
                "Lindenweg 3", "Köln", "50667")), "holders get the buyer's values to erase from free text: " + anna);
        for (long id : List.of(shipped31, cancelled31)) {
            assertPersonalDataErased(id);
        }
        assertPersonalDataPresent(shipped29);
        assertEquals(1, erp.partners.values().stream().filter(p -> p.name().equals("Anna Schmidt")).count(),
                "the ERP's business partner keeps the buyer: the law wants it on the invoice");
        assertEquals(Map.of("catura_order", 2, "catura_outbox", 4, "catura_process_event", 4,
                        "catura_release_decision", 2, "catura_order_customer", 2, "catura_order_issue", 2),
                core(report.rows()), report.toString());

        // The chain's own lines name the buyer too (the customer station's), besides the clerk's note.
        Map<String, String> before = snapshot();
        RetentionReport again = retention.eraseDue(progress::add);
        assertEquals(0, again.orders(), "running twice erases nothing more");
        assertEquals(before, snapshot(), "running twice changes nothing");

        db.execute("update catura_order set order_json = jsonb_set(order_json, '{buyer,name}', '\"Anna Schmidt\"'),"
                + " updated_at = now() where order_id = " + shipped31);
        assertEquals(1, retention.eraseDue(r -> { }).orders(), "an order the channel updated since is erased again");
        assertEquals(PersonalData.ERASED, text("select order_json->'buyer'->>'name' from catura_order where order_id = "
                + shipped31));
    }

    private static void assertPersonalDataPresent(long id) {
        String name = text("select order_json->'buyer'->>'name' from catura_order where order_id = " + id);
        assertFalse(name.equals(PersonalData.ERASED), "order " + id);
        String postal = text("select order_json->'shipTo'->>'postalCode' from catura_order where order_id = " + id);
        assertEquals(5, postal.length());
        assertTrue(text("select raw_json from catura_order where order_id = " + id).contains(name));
        assertTrue(text("select string_agg(message, ' | ') from catura_process_event where order_id = " + id)
                .contains(name));
        assertEquals(postal, text("select facts->>'postalCode' from catura_release_decision where order_id = " + id));
        assertTrue(text("select reason from catura_order_customer where order_id = " + id) != null);
        assertTrue(text("select detail from catura_order_issue where order_id = " + id).contains(name));
        assertEquals(3, db.count("select count(*) from catura_outbox where idempotency_key like '%-mail/" + id + "'"
                + " or idempotency_key like '%' || (select external_id from catura_order where order_id = " + id
                + ") || '%'"));
    }

    private static void assertPersonalDataErased(long id) {
        String all = text("select concat_ws(' | ', o.order_json::text, o.raw_json,"
                + " (select string_agg(message, ' | ') from catura_process_event e where e.order_id = o.order_id),"
                + " (select string_agg(facts::text || reason, ' | ') from catura_release_decision d where d.order_id = o.order_id),"
                + " (select string_agg(reason, ' | ') from catura_order_customer c where c.order_id = o.order_id),"
                + " (select string_agg(detail, ' | ') from catura_order_issue i where i.order_id = o.order_id))"
                + " from catura_order o where o.order_id = " + id);
        for (String personal : List.of("Anna", "Schmidt", "Clara", "Vogel", "Lindenweg", "Birkenstraße", "Köln",
                "Hamburg", "mail.example", "50667", "20095", "+49")) {
            assertFalse(all.contains(personal), personal + " is gone from order " + id + ": " + all);
        }
        assertEquals(PersonalData.ERASED, text("select order_json->'buyer'->>'name' from catura_order where order_id = "
                + id));
        assertEquals("DE", text("select order_json->'shipTo'->>'countryCode' from catura_order where order_id = " + id),
                "the country stays for reports");
        assertEquals(2, text("select order_json->'shipTo'->>'postalCode' from catura_order where order_id = " + id)
                .length(), "the postal code keeps its region");
        assertEquals("SKU-1", text("select order_json->'lines'->0->>'sku' from catura_order where order_id = " + id));
        assertEquals("19.98", text("select order_json->>'orderTotal' from catura_order where order_id = " + id));
        assertTrue(text("select facts->>'country' from catura_release_decision where order_id = " + id).equals("DE"));
        assertTrue(text("select message from catura_process_event where order_id = " + id
                + " order by event_id desc limit 1").startsWith("Buyer data erased on "), "the timeline says so");
        assertTrue(db.count("select count(*) from catura_process where personal_data_erased_at is not null"
                + " and order_id = " + id) == 1);
        assertEquals(1, db.count("select count(*) from catura_outbox where idempotency_key = 'unsent-mail/" + id
                + "'"), "a message not yet sent still goes out");
        assertEquals(0, db.count("select count(*) from catura_outbox where sent_at is not null and"
                + " (idempotency_key like '%-mail/" + id + "' or idempotency_key like '%' || (select external_id from"
                + " catura_order where order_id = " + id + ") || '%')"), "sent messages are deleted");
    }

    private static Map<String, Integer> core(Map<String, Integer> rows) {
        Map<String, Integer> core = new java.util.TreeMap<>();
        rows.forEach((k, v) -> {
            if (k.startsWith("core/")) {
                core.put(k.substring(5), v);
            }
        });
        return core;
    }

    private static Map<String, String> snapshot() {
        Map<String, String> s = new java.util.TreeMap<>();
        for (String table : List.of("catura_order", "catura_process", "catura_process_event", "catura_release_decision",
                "catura_order_customer", "catura_order_issue", "catura_outbox")) {
            s.put(table, text("select coalesce(string_agg(t::text, E'\\n' order by t::text), '') from " + table + " t"));
        }
        return s;
    }

    private static PersonalDataHolder recording(List<ErasableOrder> told) {
        return new PersonalDataHolder() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders) {
                told.addAll(orders);
                return Map.of("told", orders.size());
            }
        };
    }

    private static long handIn(String externalId, String name, String email, String street, String postal,
            String city) {
        ImportedOrder order = new ImportedOrder("amazon-de", externalId, "A1PA6795UKMFR9",
                Instant.parse("2026-10-20T10:00:00Z"), Instant.parse("2026-10-20T10:05:00Z"),
                ChannelOrderStatus.UNSHIPPED, Fulfilment.CHANNEL, new Buyer(name, email, "+49 30 5550", null, null),
                TestOrders.address(name, street, postal, city, "DE"), null, "EUR", true, new BigDecimal("19.98"),
                "Standard", Set.of(), null, null, "Leave it with the neighbour of " + name, null,
                List.of(ImportedLine.of("1", "SKU-1", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                        new BigDecimal("3.19"))));
        String raw = """
                {"orderId":"%s","buyer":{"buyerName":"%s","buyerEmail":"%s"},
                 "recipient":{"deliveryAddress":{"name":"%s","addressLine1":"%s","city":"%s","postalCode":"%s",
                   "countryCode":"DE","phone":"+49 30 5550"}},
                 "orderItems":[{"orderItemId":"1","product":{"sellerSku":"SKU-1"},"quantityOrdered":2}]}"""
                .formatted(externalId, name, email, name, street, city, postal);
        return db.database().inTransaction(tx -> store.handIn(tx, order, raw)).orderId();
    }

    private static void shippedDaysAgo(long id, int days) {
        assertEquals("SHIPMENT_CONFIRMED", text("select state from catura_process where order_id = " + id));
        db.execute("update catura_process_event set at = now() - interval '" + days + " days'"
                + " where order_id = " + id);
    }

    /** As the cancellation station leaves it (the ERP order voided). */
    private static void cancelledDaysAgo(long id, int days) {
        db.execute("update catura_process_event set at = now() - interval '" + (days + 1) + " days'"
                + " where order_id = " + id);
        db.execute("update catura_process set state = 'CANCELLED' where order_id = " + id);
        db.execute("delete from catura_process_event where order_id = " + id + " and to_state = 'SHIPMENT_CONFIRMED'");
        db.execute("insert into catura_process_event (order_id, at, station, from_state, to_state, message) values ("
                + id + ", now() - interval '" + days + " days', 'cancel', 'CANCELLING', 'CANCELLED',"
                + " 'Cancelled by the channel; the ERP order is voided')");
    }

    private static String text(String sql) {
        return db.database().inTransaction(tx -> Sql.one(tx, sql, rs -> rs.getString(1)).orElse(null));
    }
}

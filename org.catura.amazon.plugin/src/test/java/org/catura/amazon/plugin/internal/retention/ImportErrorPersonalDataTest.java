package org.catura.amazon.plugin.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import errors' raw orders and messages before and after the retention run. */
class ImportErrorPersonalDataTest {

    static TestDatabase db;
    final ImportErrorPersonalData holder = new ImportErrorPersonalData();

    @BeforeAll
    static void start() {
        db = TestDatabase.create("amazon");
        error("304-DUE", "RESOLVED", "Anna Schmidt", "Lindenweg 3", "0");
        error("304-RECENT", "RESOLVED", "Bernd Weber", "Ahornallee 12", "0");
        error("304-SKIPPED-OLD", "SKIPPED", "Clara Vogel", "Birkenstraße 7", "31");
        error("304-SKIPPED-NEW", "SKIPPED", "Dora Lang", "Eichenweg 1", "29");
        error("304-OPEN-OLD", "OPEN", "Emil Roth", "Fichtenweg 2", "31");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static void error(String orderId, String status, String name, String street, String daysAgo) {
        String raw = """
                {"orderId":"%s","buyer":{"buyerName":"%s","buyerEmail":"x-%s@marketplace.amazon.de"},
                 "recipient":{"deliveryAddress":{"name":"%s","addressLine1":"%s","city":"Köln","postalCode":"50667",
                 "countryCode":"DE"}},"orderItems":[{"orderItemId":"1","quantityOrdered":0}]}"""
                .formatted(orderId, name, orderId, name, street);
        db.execute("""
                insert into amazon_import_error (channel, amazon_order_id, status, message, holds_at, raw_json,
                                                 resolved_at, last_seen_at)
                values ('amazon-de', ?, ?, ?, now(), ?, now() - make_interval(days => ?::int),
                        now() - make_interval(days => ?::int))""",
                orderId, status, "Order of " + name + " has quantity 0 on line 1", raw, daysAgo, daysAgo);
    }

    @Test
    void theDueOrdersErrorsAndOldGivenUpErrorsLoseTheBuyerAndTheRestKeepIt() {
        for (String id : List.of("304-DUE", "304-RECENT", "304-SKIPPED-OLD", "304-SKIPPED-NEW", "304-OPEN-OLD")) {
            assertTrue(row(id).contains("Lindenweg") || !id.equals("304-DUE"));
            assertFalse(row(id).contains(PersonalData.ERASED), id + " before");
        }

        Map<String, Integer> due = db.tx(tx -> holder.erase(tx, List.of(new ErasableOrder(1, "amazon-de", "304-DUE",
                Set.of("Anna Schmidt", "Lindenweg 3")))));
        Map<String, Integer> orphans = db.tx(tx -> holder.eraseWithoutOrder(tx, 30));

        assertEquals(Map.of("amazon_import_error", 1), due);
        assertEquals(Map.of("amazon_import_error", 1), orphans, "only the error skipped 31 days ago");
        for (String id : List.of("304-DUE", "304-SKIPPED-OLD")) {
            String after = row(id);
            for (String personal : List.of("Anna", "Clara", "Schmidt", "Vogel", "Lindenweg", "Birkenstraße", "Köln",
                    "marketplace.amazon.de", "50667")) {
                assertFalse(after.contains(personal), personal + " left in " + after);
            }
            assertTrue(after.contains(id) && after.contains("\"countryCode\":\"DE\"")
                    && after.contains("\"postalCode\":\"50\"") && after.contains("has quantity 0 on line 1"),
                    "the order id, country, postal region and the problem stay: " + after);
        }
        assertTrue(row("304-RECENT").contains("Bernd Weber"), "an order not due keeps its buyer");
        assertTrue(row("304-SKIPPED-NEW").contains("Dora Lang"), "skipped 29 days ago: kept");
        assertTrue(row("304-OPEN-OLD").contains("Emil Roth"), "an open error is still being worked on");

        String before = db.text("select string_agg(message || raw_json, '|' order by error_id) from amazon_import_error");
        db.tx(tx -> holder.erase(tx, List.of(new ErasableOrder(1, "amazon-de", "304-DUE", Set.of("Anna Schmidt")))));
        assertEquals(Map.of(), db.tx(tx -> holder.eraseWithoutOrder(tx, 30)), "twice: nothing more");
        assertEquals(before, db.text("select string_agg(message || raw_json, '|' order by error_id)"
                + " from amazon_import_error"));
    }

    private static String row(String orderId) {
        return db.text("select message || ' ' || raw_json from amazon_import_error where amazon_order_id = ?", orderId);
    }
}

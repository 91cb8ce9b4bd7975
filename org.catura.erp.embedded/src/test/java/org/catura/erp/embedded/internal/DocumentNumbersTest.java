package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.SalesOrder;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest extends ErpTestBase {

    @Test
    void concurrentTransactionsNeverShareADocumentNumber() throws Exception {
        Customer c = customer("DE", "10115");
        int vat = taxId("19", "DE");
        var line = product("CAT-MUG-001", "1", "11.90", vat);
        int threads = 6;
        int perThread = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int k = 0; k < perThread; k++) {
                        SalesOrder o = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line))));
                        numbers.add(o.documentNo());
                    }
                    return numbers;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            Set<Long> distinct = new TreeSet<>();
            all.forEach(n -> distinct.add(Long.parseLong(n)));
            assertEquals(threads * perThread, distinct.size(), "duplicate document numbers: " + all);
            // No gaps either: no transaction rolled back.
            long first = distinct.iterator().next();
            assertEquals(first + threads * perThread - 1, ((TreeSet<Long>) distinct).last());
            assertEquals(threads * perThread, count("SELECT count(DISTINCT DocumentNo) FROM C_Order WHERE C_BPartner_ID = ?",
                    c.bpartnerId()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOrderNumberIsDrawnOutsideTheCallersTransaction() throws Exception {
        Customer c = customer("DE", "10115");
        var line = product("CAT-MUG-001", "1", "11.90", taxId("19", "DE"));
        CountDownLatch firstHoldsItsTransaction = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<SalesOrder> first = pool.submit(() -> tx(t -> {
                SalesOrder o = erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line)));
                firstHoldsItsTransaction.countDown();
                // Still open: a second order must not wait for this transaction to end.
                assertTrue(secondDone.await(30, TimeUnit.SECONDS), "the second order waited for the first");
                return o;
            }));
            assertTrue(firstHoldsItsTransaction.await(30, TimeUnit.SECONDS));
            SalesOrder second = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line))));
            secondDone.countDown();
            assertEquals(Long.parseLong(first.get(60, TimeUnit.SECONDS).documentNo()) + 1,
                    Long.parseLong(second.documentNo()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackOrderLeavesAGapAndARolledBackInvoiceDoesNot() {
        Customer c = customer("DE", "10115");
        var line = product("CAT-MUG-001", "1", "11.90", taxId("19", "DE"));
        SalesOrder before = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line))));
        assertThrows(IllegalStateException.class, () -> tx(t -> {
            erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line)));
            throw new IllegalStateException("caller fails after creating the order");
        }));
        SalesOrder after = tx(t -> erp.salesOrders().create(t, draft(c, mainWarehouse, true, List.of(line))));
        assertEquals(Long.parseLong(before.documentNo()) + 2, Long.parseLong(after.documentNo()));

        int first = shippedOrder(c);
        int second = shippedOrder(c);
        int third = shippedOrder(c);
        Invoice a = tx(t -> erp.invoices().createFromShipment(t, first, DAY));
        assertThrows(IllegalStateException.class, () -> tx(t -> {
            erp.invoices().createFromShipment(t, second, DAY);
            throw new IllegalStateException("caller fails after creating the invoice");
        }));
        Invoice b = tx(t -> erp.invoices().createFromShipment(t, third, DAY));
        assertEquals(Long.parseLong(a.documentNo()) + 1, Long.parseLong(b.documentNo()), "invoice numbers are gapless");
    }

    private int shippedOrder(Customer c) {
        SalesOrder order = completedOrder(c);
        var shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        return shipment.id();
    }

    @Test
    void eachDocumentTypeHasItsOwnSequence() {
        Customer c = customer("DE", "10115");
        SalesOrder order = completedOrder(c);
        var shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        long shipmentsBefore = flowNext("DocumentNo_M_InOut");
        long ordersBefore = flowNext("DocumentNo_C_Order");
        assertEquals(shipmentsBefore - 1, Long.parseLong(shipment.documentNo()));
        completedOrder(c);
        assertEquals(shipmentsBefore, flowNext("DocumentNo_M_InOut"));
        assertEquals(ordersBefore + 1, flowNext("DocumentNo_C_Order"));
    }

    /** The next number of a flow document's sequence (V9), as AD_Sequence.CurrentNext is for the others. */
    private long flowNext(String sequenceName) {
        return count("SELECT coalesce(last_value + increment_by, start_value) FROM pg_sequences WHERE sequencename = ?",
                "flow_" + sequenceName.toLowerCase(java.util.Locale.ROOT));
    }
}

package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordIdSequenceTest extends ErpTestBase {

    @Override
    boolean seedDemo() {
        return false;
    }

    private int next(String table) {
        return tx(t -> erp.recordIds().next(t, table));
    }

    @Test
    void aTableFirstDrawsOneMillionThenCountsUpInItsOwnSequence() {
        assertEquals(1000000, next("CAT_FirstUse"));
        assertEquals(1000001, next("CAT_FirstUse"));
        assertEquals(1000000, next("CAT_OtherTable"));
        assertEquals(1000002, next("CAT_FirstUse"));
        assertEquals("Y", tx(t -> Sql.one(t, "SELECT IsTableID FROM AD_Sequence WHERE Name = 'CAT_FirstUse'",
                rs -> rs.getString(1))).orElseThrow());
    }

    @Test
    void aTableIdSequenceNamedLikeADocumentSequenceLeavesTheDocumentNumbersAlone() {
        String before = tx(t -> Sql.one(t,
                "SELECT CurrentNext::text FROM AD_Sequence WHERE Name = 'C_BPartner' AND IsTableID = 'N'",
                rs -> rs.getString(1))).orElseThrow();
        assertEquals(1000000, next("C_BPartner"));
        assertEquals(before, tx(t -> Sql.one(t,
                "SELECT CurrentNext::text FROM AD_Sequence WHERE Name = 'C_BPartner' AND IsTableID = 'N'",
                rs -> rs.getString(1))).orElseThrow());
    }

    @Test
    void twoConcurrentTransactionsDrawUniqueIncreasingIds() throws Exception {
        CountDownLatch firstDrew = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Integer>> first = pool.submit(() -> tx(t -> {
                List<Integer> ids = new ArrayList<>();
                ids.add(erp.recordIds().next(t, "CAT_Concurrent"));
                firstDrew.countDown();
                secondStarted.await(30, TimeUnit.SECONDS);
                Thread.sleep(200); // the second is now waiting for this transaction's row lock
                ids.add(erp.recordIds().next(t, "CAT_Concurrent"));
                return ids;
            }));
            Future<List<Integer>> second = pool.submit(() -> {
                firstDrew.await(30, TimeUnit.SECONDS);
                return tx(t -> {
                    secondStarted.countDown();
                    List<Integer> ids = new ArrayList<>();
                    ids.add(erp.recordIds().next(t, "CAT_Concurrent"));
                    ids.add(erp.recordIds().next(t, "CAT_Concurrent"));
                    return ids;
                });
            });
            List<Integer> a = first.get(60, TimeUnit.SECONDS);
            List<Integer> b = second.get(60, TimeUnit.SECONDS);
            assertEquals(List.of(1000000, 1000001), a);
            assertEquals(List.of(1000002, 1000003), b, "the second transaction continues after the first's ids");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyTransactionsAtOnceNeverShareAnIdAndEachSeesItsOwnIncrease() throws Exception {
        int threads = 4;
        int perThread = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Integer> ids = new ArrayList<>();
                    for (int k = 0; k < perThread; k++) {
                        ids.add(tx(t -> erp.recordIds().next(t, "CAT_Busy")));
                    }
                    return ids;
                }));
            }
            start.countDown();
            Set<Integer> all = new TreeSet<>();
            for (Future<List<Integer>> f : futures) {
                List<Integer> ids = f.get(120, TimeUnit.SECONDS);
                for (int k = 1; k < ids.size(); k++) {
                    assertTrue(ids.get(k) > ids.get(k - 1), "not increasing: " + ids);
                }
                all.addAll(ids);
            }
            assertEquals(threads * perThread, all.size(), "an id was drawn twice");
            assertEquals(1000000, ((TreeSet<Integer>) all).first());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackFirstUseLeavesNoSequenceBehind() {
        assertThrows(IllegalStateException.class, () -> tx(t -> {
            erp.recordIds().next(t, "CAT_RolledBack");
            throw new IllegalStateException("abandon");
        }));
        assertFalse(tx(t -> Sql.one(t, "SELECT 1 FROM AD_Sequence WHERE Name = 'CAT_RolledBack'", rs -> 1))
                .isPresent());
        assertEquals(1000000, next("CAT_RolledBack"));
    }

    @Test
    void aNameThatIsNoTableIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tx(t -> erp.recordIds().next(t, "x'; DROP TABLE AD_Sequence; --")));
        assertTrue(e.getMessage().contains("Not a table name"), e.getMessage());
    }
}

package org.catura.core.api.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionTxTest {

    @Test
    void afterCommitActionsRunInOrderOnlyWhenCommittedAndOneFailingDoesNotStopTheOthers() {
        List<String> ran = new ArrayList<>();
        ConnectionTx tx = new ConnectionTx(() -> null, "catura-1");
        tx.afterCommit(() -> ran.add("first"));
        tx.afterCommit(() -> {
            throw new IllegalStateException("mail server down");
        });
        tx.afterCommit(() -> ran.add("third"));
        assertEquals(List.of(), ran, "nothing runs before the commit");

        tx.committed();

        assertEquals(List.of("first", "third"), ran);
        assertEquals("catura-1", tx.name());
    }

    @Test
    void theConnectionIsAskedForOnEachUseSinceAnErpMayOpenItLate() {
        AtomicInteger asked = new AtomicInteger();
        ConnectionTx tx = new ConnectionTx(() -> {
            asked.incrementAndGet();
            return null;
        }, "trx");
        assertEquals(0, asked.get());
        assertNull(tx.connection());
        tx.connection();
        assertEquals(2, asked.get());
    }
}

package org.catura.core.internal.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusteredSchedulerTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = new TestDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    /** Counts runs across nodes and notices if two ever overlap. */
    static final class ImportTask implements ScheduledTask {
        static final AtomicInteger runs = new AtomicInteger();
        static final AtomicBoolean running = new AtomicBoolean();
        static final AtomicBoolean overlapped = new AtomicBoolean();
        final AtomicInteger mine = new AtomicInteger();

        @Override
        public String name() {
            return "import-amazon-de";
        }

        @Override
        public long intervalSeconds() {
            return 1;
        }

        @Override
        public void run() throws Exception {
            if (!running.compareAndSet(false, true)) {
                overlapped.set(true);
            }
            runs.incrementAndGet();
            mine.incrementAndGet();
            Thread.sleep(300);
            running.set(false);
        }
    }

    @Test
    void twoNodesFireEachScheduleOnceAtATime() throws Exception {
        ClusteredScheduler a = new ClusteredScheduler(db.database().dataSource(), "node-a", 2);
        ClusteredScheduler b = new ClusteredScheduler(db.database().dataSource(), "node-b", 2);
        ImportTask onA = new ImportTask();
        ImportTask onB = new ImportTask();
        a.add(onA);
        b.add(onB);
        a.start();
        b.start();
        Thread.sleep(5500);
        a.stop();
        b.stop();
        int runs = ImportTask.runs.get();
        assertTrue(runs >= 3 && runs <= 7, "one firing a second in all, not one per node: " + runs);
        assertEquals(false, ImportTask.overlapped.get(), "never two runs at once");
        assertEquals(runs, onA.mine.get() + onB.mine.get());
        assertEquals(1, db.count("select count(*) from qrtz_job_details where job_name = 'import-amazon-de'"));
    }
}

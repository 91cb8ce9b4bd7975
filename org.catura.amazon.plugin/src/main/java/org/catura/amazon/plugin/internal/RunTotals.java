package org.catura.amazon.plugin.internal;

/** The counters of a run (or of one page, added to the run's once the page committed). */
final class RunTotals {

    int pages;
    long apiCalls;
    int seen;
    int created;
    int updated;
    int unchanged;
    int skipped;
    int failed;
    long throttled;

    RunTotals plus(RunTotals page) {
        RunTotals t = copy();
        t.pages += page.pages;
        t.seen += page.seen;
        t.created += page.created;
        t.updated += page.updated;
        t.unchanged += page.unchanged;
        t.skipped += page.skipped;
        t.failed += page.failed;
        return t;
    }

    RunTotals copy() {
        RunTotals t = new RunTotals();
        t.pages = pages;
        t.apiCalls = apiCalls;
        t.seen = seen;
        t.created = created;
        t.updated = updated;
        t.unchanged = unchanged;
        t.skipped = skipped;
        t.failed = failed;
        t.throttled = throttled;
        return t;
    }
}

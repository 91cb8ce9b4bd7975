package org.catura.amazon.plugin.internal.imports;

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
        t.add(page);
        return t;
    }

    /** Adds a committed page's counts (API calls are metered for the run as a whole). */
    void add(RunTotals page) {
        pages += page.pages;
        seen += page.seen;
        created += page.created;
        updated += page.updated;
        unchanged += page.unchanged;
        skipped += page.skipped;
        failed += page.failed;
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

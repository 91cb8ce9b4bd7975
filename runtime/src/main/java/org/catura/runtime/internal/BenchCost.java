package org.catura.runtime.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;

/**
 * What a stretch of the benchmark cost: CPU time of this JVM and of the PostgreSQL server, and
 * the statements the server ran, by kind. Snapshots are taken before and after; the figures are
 * their differences.
 *
 * <p>Statements come from {@code pg_stat_statements}: exact (every execution of every statement,
 * from every connection) and cheap (the server counts anyway). It needs the library preloaded,
 * which the bench asks for when it starts the embedded server ({@link #SERVER_SETTINGS}); a server
 * that was already running without it is reported as not counted. PostgreSQL's CPU time is read
 * from {@code /proc/<pid>/stat} of the postmaster (found as the parent of this connection's
 * backend) and of its children: utime and stime of each, plus the postmaster's cutime and cstime,
 * which hold the time of children that have exited. Where {@code /proc} cannot be read (not
 * Linux, or a server on another machine) the PostgreSQL CPU time is reported as not measured.
 */
final class BenchCost {

    /** Server settings for the bench's embedded PostgreSQL: statement statistics on. */
    static final Map<String, String> SERVER_SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.max", "10000");

    /** Linux reports process times in USER_HZ ticks, 100 per second on every architecture it runs on. */
    private static final double MS_PER_TICK = 10;
    private static final List<String> KINDS = List.of("select", "insert", "update", "delete", "other");

    /** One moment's counters; a negative value means "not available". */
    record Snapshot(long jvmCpuNanos, long pgCpuTicks, Map<String, Long> statements) {
    }

    private final Database database;
    private final String statementsUnavailable;
    private final String pgCpuUnavailable;
    private final long postmasterPid;

    private BenchCost(Database database, String statementsUnavailable, long postmasterPid, String pgCpuUnavailable) {
        this.database = database;
        this.statementsUnavailable = statementsUnavailable;
        this.postmasterPid = postmasterPid;
        this.pgCpuUnavailable = pgCpuUnavailable;
    }

    /** Prepares the counters: the extension in this database, the postmaster's process id. */
    static BenchCost on(Database database) {
        String statements = null;
        try {
            database.inTransaction(tx -> Sql.update(tx, "create extension if not exists pg_stat_statements"));
            database.inTransaction(tx -> Sql.one(tx, "select count(*) from pg_stat_statements", rs -> rs.getLong(1)));
        } catch (RuntimeException e) {
            statements = "not counted (pg_stat_statements is not loaded in this PostgreSQL: "
                    + DatabaseSettings.rootMessage(e).lines().findFirst().orElse("") + ")";
        }
        // Read while the backend's connection is still open: a connection that is not pooled ends with
        // its transaction, and the backend's /proc entry with it.
        String[] cpu = new String[1];
        long postmaster = database.inTransaction(tx -> {
            long backend = Sql.one(tx, "select pg_backend_pid()", rs -> rs.getLong(1)).orElseThrow();
            try {
                long parent = Long.parseLong(statFields(Path.of("/proc", Long.toString(backend), "stat"))[1]);
                statFields(Path.of("/proc", Long.toString(parent), "stat"));
                return parent;
            } catch (IOException | RuntimeException e) {
                cpu[0] = "not measured (/proc/" + backend + "/stat of the server's backend cannot be read: " + e + ")";
                return -1L;
            }
        });
        return new BenchCost(database, statements, postmaster, cpu[0]);
    }

    Snapshot snapshot() {
        return new Snapshot(jvmCpuNanos(), pgCpuTicks(), statements());
    }

    /** CPU milliseconds per order in Java and PostgreSQL, and the statements per order. */
    String perOrder(Snapshot from, Snapshot to, long orders) {
        String java = from.jvmCpuNanos() < 0 || to.jvmCpuNanos() < 0 ? "not measured in Java"
                : String.format(Locale.ROOT, "%.2f ms in Java (the SP-API sandbox included)",
                        (to.jvmCpuNanos() - from.jvmCpuNanos()) / 1e6 / orders);
        String pg = pgCpuUnavailable != null || from.pgCpuTicks() < 0 || to.pgCpuTicks() < 0
                ? "PostgreSQL " + (pgCpuUnavailable != null ? pgCpuUnavailable : "not measured (/proc not readable)")
                : String.format(Locale.ROOT, "%.2f ms in PostgreSQL",
                        (to.pgCpuTicks() - from.pgCpuTicks()) * MS_PER_TICK / orders);
        return "CPU " + java + ", " + pg + "; statements " + statements(from, to, orders, false);
    }

    /** Statements per order, with the share of each kind when {@code byKind}. */
    String statements(Snapshot from, Snapshot to, long orders, boolean byKind) {
        if (statementsUnavailable != null) {
            return statementsUnavailable;
        }
        Map<String, Long> delta = new LinkedHashMap<>();
        KINDS.forEach(k -> delta.put(k, to.statements().getOrDefault(k, 0L) - from.statements().getOrDefault(k, 0L)));
        long total = delta.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.1f", (double) total / orders));
        if (byKind) {
            s.append(" (");
            delta.forEach((kind, n) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(kind).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", (double) n / orders)));
            s.append(')');
        }
        return s.toString();
    }

    private Map<String, Long> statements() {
        Map<String, Long> byKind = new LinkedHashMap<>();
        if (statementsUnavailable != null) {
            return byKind;
        }
        // The counters' own queries are left out; BEGIN and COMMIT are not statements here.
        database.inTransaction(tx -> Sql.query(tx, """
                select query, calls from pg_stat_statements
                 where query not like '%pg_stat_statements%' and query not like '%pg_backend_pid%'""",
                rs -> byKind.merge(kind(rs.getString(1)), rs.getLong(2), Long::sum)));
        byKind.remove("transaction");
        return byKind;
    }

    /** SELECT, INSERT, UPDATE, DELETE (a WITH by the change it makes), transaction control, or other. */
    static String kind(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        String first = q.split("[\\s(]", 2)[0];
        return switch (first) {
            case "select", "insert", "update", "delete" -> first;
            case "with" -> q.contains("insert into") ? "insert" : q.contains("update ") ? "update"
                    : q.contains("delete from") ? "delete" : "select";
            case "begin", "commit", "rollback", "start", "end" -> "transaction";
            default -> "other";
        };
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private long pgCpuTicks() {
        if (postmasterPid < 0) {
            return -1;
        }
        try {
            String[] postmaster = statFields(Path.of("/proc", Long.toString(postmasterPid), "stat"));
            long ticks = ticks(postmaster);
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) processes::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String[] child = statFields(p.resolve("stat"));
                        if (Long.parseLong(child[1]) == postmasterPid) {
                            ticks += ticks(child);
                        }
                    } catch (IOException | RuntimeException exited) {
                        // A process that ended while being read: its time is in the postmaster's cutime now.
                    }
                }
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime, plus cutime + cstime of the children that have exited. */
    private static long ticks(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }

    /** The fields of /proc/pid/stat after the command name (which may hold spaces): state is [0], ppid [1]. */
    private static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
}

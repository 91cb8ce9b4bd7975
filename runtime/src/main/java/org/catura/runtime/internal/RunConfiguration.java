package org.catura.runtime.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties file of {@code catura run}. Every key is known here; a missing, unknown or
 * misspelled key, or a value that does not fit, is named in a {@link UsageException}.
 * runtime/catura.example.properties documents the keys.
 */
record RunConfiguration(DatabaseSettings database, String nodeName, int workers, String httpHost, int httpPort,
        Path secretKeyFile, AmazonSettings amazon, HttpsKeyStore httpsKeyStore, boolean secureCookie,
        int retentionDays) {

    static final String DATABASE_URL = "database.url";
    static final String DATABASE_USER = "database.user";
    static final String DATABASE_PASSWORD = "database.password";
    static final String DATABASE_POOL_SIZE = "database.poolSize";
    static final String DATABASE_CONNECT_TIMEOUT = "database.connectTimeoutSeconds";
    static final String DATABASE_SOCKET_TIMEOUT = "database.socketTimeoutSeconds";
    static final String DATABASE_STATEMENT_TIMEOUT = "database.statementTimeoutSeconds";
    static final String NODE_NAME = "node.name";
    static final String PROCESS_WORKERS = "process.workers";
    static final String HTTP_HOST = "http.host";
    static final String HTTP_PORT = "http.port";
    static final String SECRETS_KEY_FILE = "secrets.keyFile";
    static final String AMAZON_ALLOWED_HOSTS = "amazon.allowedHosts";
    static final String AMAZON_IMPORT_ERROR_HOLD_HOURS = "amazon.importErrorHoldHours";
    static final String HTTP_TLS_KEY_STORE = "http.tls.keyStore";
    static final String HTTP_TLS_KEY_STORE_PASSWORD = "http.tls.keyStorePassword";
    static final String HTTP_SECURE_COOKIE = "http.secureCookie";
    static final String RETENTION_DAYS = "retention.days";
    /** Days buyer data is kept after shipment or cancellation when the configuration does not say. */
    static final int DEFAULT_RETENTION_DAYS = 30;
    static final List<String> KEYS = List.of(DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD, DATABASE_POOL_SIZE,
            NODE_NAME, PROCESS_WORKERS, HTTP_HOST, HTTP_PORT, SECRETS_KEY_FILE, AMAZON_ALLOWED_HOSTS,
            AMAZON_IMPORT_ERROR_HOLD_HOURS, HTTP_TLS_KEY_STORE, HTTP_TLS_KEY_STORE_PASSWORD, HTTP_SECURE_COOKIE,
            RETENTION_DAYS, DATABASE_CONNECT_TIMEOUT, DATABASE_SOCKET_TIMEOUT, DATABASE_STATEMENT_TIMEOUT);
    /** Hosts only this machine reaches: plain HTTP there crosses no network. */
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1", "[::1]");
    /**
     * Connections a node needs besides one per worker: the scheduler's three job threads and the
     * web UI, which must get a connection while every worker holds one.
     */
    static final int CONNECTIONS_BESIDES_WORKERS = 4;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\\d{1,5})?");

    static RunConfiguration read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new UsageException("Configuration file not found: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("Cannot read configuration file " + file + ": " + e.getMessage());
        }
        return parse(p, file.toString());
    }

    static RunConfiguration parse(Properties p, String source) {
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!KEYS.contains(key)) {
                String near = nearest(key);
                throw new UsageException("Unknown key '" + key + "' in " + source
                        + (near != null ? " (did you mean '" + near + "'?)" : "") + "; known keys: "
                        + String.join(", ", KEYS));
            }
        }
        String url = required(p, DATABASE_URL, source);
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new UsageException("Bad value for '" + DATABASE_URL + "' in " + source + ": '" + url
                    + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        String user = required(p, DATABASE_USER, source);
        String password = p.getProperty(DATABASE_PASSWORD, "");
        String node = p.getProperty(NODE_NAME, "").trim();
        int workers = number(p, PROCESS_WORKERS, 2, 1, 64, source);
        int poolSize = poolSize(p, workers, source);
        String httpHost = p.getProperty(HTTP_HOST, "127.0.0.1").trim();
        int httpPort = number(p, HTTP_PORT, 8080, 0, 65535, source);
        String keyFile = p.getProperty(SECRETS_KEY_FILE, "").trim();
        Path secretKeyFile = keyFile.isEmpty() ? Path.of(System.getProperty("user.home"), ".catura", "secret.key")
                : Path.of(keyFile);
        HttpsKeyStore keyStore = HttpsKeyStore.of(p.getProperty(HTTP_TLS_KEY_STORE, ""),
                p.getProperty(HTTP_TLS_KEY_STORE_PASSWORD, ""), source);
        boolean secureCookie = bool(p, HTTP_SECURE_COOKIE, false, source) || keyStore != null;
        int retentionDays = number(p, RETENTION_DAYS, DEFAULT_RETENTION_DAYS, 1, 3650, source);
        return new RunConfiguration(databaseSettings(p, url, user, password, poolSize, source), node, workers, httpHost,
                httpPort, secretKeyFile, amazonSettings(p, source), keyStore, secureCookie, retentionDays);
    }

    private static AmazonSettings amazonSettings(Properties p, String source) {
        return new AmazonSettings(hosts(p.getProperty(AMAZON_ALLOWED_HOSTS, ""), "'" + AMAZON_ALLOWED_HOSTS + "' in "
                + source), number(p, AMAZON_IMPORT_ERROR_HOLD_HOURS, AmazonSettings.DEFAULT_IMPORT_ERROR_HOLD_HOURS, 0,
                24 * 30, source));
    }

    /**
     * The pool: each worker holds one connection for the whole of a station's transaction, so a
     * pool the workers fill leaves the scheduler and the web UI waiting. Without the key the pool
     * grows with the workers; a pool set too small is refused.
     */
    private static int poolSize(Properties p, int workers, String source) {
        int needed = workers + CONNECTIONS_BESIDES_WORKERS;
        int poolSize = number(p, DATABASE_POOL_SIZE, Math.max(10, needed), 1, 200, source);
        if (poolSize < needed) {
            throw new UsageException("'" + DATABASE_POOL_SIZE + "' is " + poolSize + " in " + source + ", too small for '"
                    + PROCESS_WORKERS + "' = " + workers + ": each worker holds a connection while it works on an"
                    + " order, and the scheduler and the web UI need " + CONNECTIONS_BESIDES_WORKERS + " more; set '"
                    + DATABASE_POOL_SIZE + "' to at least " + needed + " or lower '" + PROCESS_WORKERS + "'");
        }
        return poolSize;
    }

    /**
     * The line {@code catura run} prints when the web UI listens beyond this machine in plain HTTP
     * with cookies not marked Secure: passwords and session tokens would cross the network readable.
     * Empty when the host is a loopback one, the web UI is off, catura serves TLS, or
     * {@code http.secureCookie=true} says a TLS reverse proxy is in front.
     */
    Optional<String> plainHttpWarning() {
        if (httpPort == 0 || httpsKeyStore != null || secureCookie
                || LOOPBACK.contains(httpHost.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("Warning: the web UI listens on " + httpHost + ":" + httpPort + " in plain HTTP;"
                + " passwords and session cookies cross the network unencrypted. Set " + HTTP_TLS_KEY_STORE
                + " (catura serves HTTPS) or put a TLS reverse proxy in front and set " + HTTP_SECURE_COOKIE
                + "=true.");
    }

    /** The database with its timeouts; a socket timeout at or below the statement timeout would cut the server's cancel off. */
    private static DatabaseSettings databaseSettings(Properties p, String url, String user, String password,
            int poolSize, String source) {
        int connect = number(p, DATABASE_CONNECT_TIMEOUT, DatabaseSettings.CONNECT_TIMEOUT, 0, 3600, source);
        int socket = number(p, DATABASE_SOCKET_TIMEOUT, DatabaseSettings.SOCKET_TIMEOUT, 0, 86400, source);
        int statement = number(p, DATABASE_STATEMENT_TIMEOUT, DatabaseSettings.STATEMENT_TIMEOUT, 0, 86400, source);
        if (socket != 0 && (statement == 0 || socket <= statement)) {
            throw new UsageException("Bad value for '" + DATABASE_SOCKET_TIMEOUT + "' in " + source + ": " + socket
                    + " s must exceed '" + DATABASE_STATEMENT_TIMEOUT + "' (" + (statement == 0 ? "no limit" : statement
                    + " s") + "), so that the server cancels a long statement before the connection is cut;"
                    + " raise it or set it to 0");
        }
        return new DatabaseSettings(url, user, password, poolSize, connect, socket, statement);
    }

    private static boolean bool(Properties p, String key, boolean fallback, String source) {
        String value = p.getProperty(key, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new UsageException("Bad value for '" + key + "' in " + source + ": '" + value
                + "' is neither true nor false");
    }

    /**
     * Hosts besides Amazon's that Amazon channels may sign in to: host names or host:port, comma-separated.
     *
     * @param where names the key or option for the message
     */
    static List<String> hosts(String value, String where) {
        List<String> hosts = new ArrayList<>();
        for (String entry : value.split(",")) {
            String h = entry.strip();
            if (h.isEmpty()) {
                continue;
            }
            Matcher m = HOST.matcher(h);
            int colon = h.lastIndexOf(':');
            if (!m.matches() || (colon > 0 && (Integer.parseInt(h.substring(colon + 1)) < 1
                    || Integer.parseInt(h.substring(colon + 1)) > 65535))) {
                throw new UsageException("Bad value for " + where + ": '" + h
                        + "' is not a host name or host:port (e.g. 127.0.0.1:8443, proxy.example.com)");
            }
            hosts.add(h);
        }
        return List.copyOf(hosts);
    }

    /** The configuration {@code org.catura.process} of the order process engine. */
    Hashtable<String, Object> processConfiguration() {
        return processConfiguration(nodeName, workers);
    }

    static Hashtable<String, Object> processConfiguration(String node, int workers) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("node", node);
        p.put("workers", workers);
        return p;
    }

    /**
     * The configuration {@code org.catura.retention} of core's buyer data retention: its window, and
     * that it waits for the Amazon import's and the tickets' holders, so that no run erases core's
     * copy of an order while a plugin's copy is left behind.
     */
    static Hashtable<String, Object> retentionConfiguration(int days) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("days", days);
        p.put("holders.cardinality.minimum", RUNTIME_HOLDERS);
        return p;
    }

    /** The bundles of the runtime that keep buyer data of their own: the Amazon import and the tickets. */
    static final int RUNTIME_HOLDERS = 2;

    private static String required(Properties p, String key, String source) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new UsageException("Missing key '" + key + "' in " + source);
        }
        return value.trim();
    }

    private static int number(Properties p, String key, int fallback, int min, int max, String source) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("Bad value for '" + key + "' in " + source + ": '" + value.trim()
                + "' is not a whole number from " + min + " to " + max);
    }

    /** The known key closest to a misspelt one, if it is close enough to be a typo. */
    static String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KEYS) {
            int d = distance(key.toLowerCase(), known.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.catura.sandbox.spapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.catura.sandbox.spapi.invoker.ApiClient;

/**
 * A local SP-API on 127.0.0.1 for tests, the demo and benchmarks. Start it, point an SP-API client
 * at {@link #endpoint()} and {@link #tokenUrl()} with the settings' credentials, place or generate
 * orders, inject faults, and read back every call it answered.
 */
public final class SpApiSandbox implements AutoCloseable {

    private final SandboxSettings settings;
    private final Clock clock;
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxSellers sellers = new SandboxSellers();
    private final AccessTokens tokens;
    private HttpServer server;
    private ExecutorService workers;
    private ScheduledExecutorService generator;
    private SandboxOrders orders;
    private SpApiHandler handler;

    public SpApiSandbox(SandboxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public SpApiSandbox(SandboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.tokens = new AccessTokens(clock, settings.tokenLifetime());
    }

    /** Binds the server (loopback only) and, with orders per minute set, starts placing orders. */
    public synchronized SpApiSandbox start() throws IOException {
        if (server != null) {
            return this;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        orders = new SandboxOrders(settings, clock, json, faults, base + "/custom/");
        handler = new SpApiHandler(settings, clock, json, tokens, orders, faults, sellers, calls);
        server.createContext("/", handler);
        workers = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "spapi-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
        if (settings.ordersPerMinute() > 0) {
            long periodMicros = (long) (60_000_000 / settings.ordersPerMinute());
            generator = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "spapi-sandbox-orders");
                thread.setDaemon(true);
                return thread;
            });
            generator.scheduleAtFixedRate(() -> orders.place(clock.instant(), orders.randomCases()), periodMicros,
                    periodMicros, TimeUnit.MICROSECONDS);
        }
        return this;
    }

    /** The SP-API base URL, e.g. {@code http://127.0.0.1:34567}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + running().getAddress().getPort());
    }

    /** The LWA token endpoint. */
    public URI tokenUrl() {
        return URI.create(endpoint() + SpApiHandler.TOKEN_PATH);
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxOrders orders() {
        running();
        return orders;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** The seller account: which marketplaces it participates in (Sellers API). */
    public SandboxSellers sellers() {
        return sellers;
    }

    /** Every call answered so far, oldest first. */
    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(UsagePlan operation) {
        return calls.stream().filter(c -> c.operation().equals(operation.operationId())).toList();
    }

    public void clearCalls() {
        calls.clear();
    }

    /** Every access token issued so far is expired from now on: clients must log in again. */
    public void expireAccessTokens() {
        tokens.expireAll();
    }

    /** The lifetime of tokens issued from now on. */
    public void setTokenLifetime(Duration lifetime) {
        tokens.setLifetime(lifetime);
    }

    /** Empties the operation's quota, as if another application of the seller had used it up. */
    public void drainQuota(UsagePlan operation) {
        running();
        handler.drainQuota(operation);
    }

    @Override
    public synchronized void close() {
        if (generator != null) {
            generator.shutdownNow();
        }
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    private HttpServer running() {
        if (server == null) {
            throw new IllegalStateException("the SP-API sandbox is not started");
        }
        return server;
    }
}

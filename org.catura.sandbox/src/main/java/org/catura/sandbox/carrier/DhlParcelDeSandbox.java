package org.catura.sandbox.carrier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local DHL Parcel DE Shipping API v2 on 127.0.0.1: {@code POST …/parcel/de/shipping/v2/orders}
 * with the {@code dhl-api-key} header and the GKP user's Basic login, checking the body as DHL
 * does and answering shipment numbers and PDF labels in DHL's JSON. Faults on request or drawn
 * from the seed; every call and every shipment created is kept for tests.
 */
public final class DhlParcelDeSandbox implements AutoCloseable {

    private final DhlSandboxSettings settings;
    private final Clock clock;
    private final DhlSandboxFaults faults;
    private final List<DhlSandboxCall> calls = new CopyOnWriteArrayList<>();
    private final List<DhlSandboxShipment> shipments = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService workers;

    public DhlParcelDeSandbox(DhlSandboxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public DhlParcelDeSandbox(DhlSandboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.faults = new DhlSandboxFaults(settings);
    }

    /** Binds the server, loopback only. */
    public synchronized DhlParcelDeSandbox start() throws IOException {
        if (server != null) {
            return this;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        server.createContext("/", new DhlOrdersHandler(settings, clock, faults, calls, shipments));
        workers = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "dhl-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
        return this;
    }

    /** The orders URL to configure as the carrier's transmission path, e.g. {@code http://127.0.0.1:34567/parcel/de/shipping/v2/orders}. */
    public URI ordersUrl() {
        return URI.create("http://127.0.0.1:" + running().getAddress().getPort() + DhlOrdersHandler.PATH);
    }

    public DhlSandboxSettings settings() {
        return settings;
    }

    public DhlSandboxFaults faults() {
        return faults;
    }

    /** Every call answered so far, oldest first. */
    public List<DhlSandboxCall> calls() {
        return List.copyOf(calls);
    }

    /** Every shipment created so far, also those whose answer came late or broken. */
    public List<DhlSandboxShipment> shipments() {
        return List.copyOf(shipments);
    }

    public void clear() {
        calls.clear();
        shipments.clear();
        faults.clear();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    private HttpServer running() {
        if (server == null) {
            throw new IllegalStateException("the DHL sandbox is not started");
        }
        return server;
    }
}

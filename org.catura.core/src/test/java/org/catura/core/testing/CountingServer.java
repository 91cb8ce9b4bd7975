package org.catura.core.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An HTTP receiver on localhost. It records every delivery it answered with success, with its
 * Idempotency-Key, without de-duplicating ({@link #deliveries}); and, apart from that, counts the
 * effects a receiver that applies each key once would have had ({@link #effects}). Requests are
 * served in parallel, so a slow answer to one keeps no other waiting.
 */
public final class CountingServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "counting-server");
        t.setDaemon(true);
        return t;
    });
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger effects = new AtomicInteger();
    /** The Idempotency-Key of every delivery answered with success, in arrival order, repeats kept. */
    public final List<String> deliveries = new CopyOnWriteArrayList<>();
    private volatile Consumer<String> afterDelivery = key -> { };
    private volatile int failNext;

    public CountingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/effects", exchange -> {
            requests.incrementAndGet();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            exchange.getRequestBody().readAllBytes();
            if (failNext > 0) {
                failNext--;
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            Duration delay = key == null ? null : slow.get(key);
            if (delay != null) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            deliveries.add(String.valueOf(key));
            if (key != null && keys.add(key)) {
                effects.incrementAndGet();
            }
            afterDelivery.accept(key);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/effects";
    }

    /** Runs after each delivery was recorded and before the response goes out. */
    public void afterDelivery(Consumer<String> action) {
        this.afterDelivery = action;
    }

    public void failNext(int n) {
        this.failNext = n;
    }

    /** Answers every delivery with this key only after {@code delay}, like a slow SMTP server. */
    public void slow(String key, Duration delay) {
        slow.put(key, delay);
    }

    /** How often a delivery with this key arrived. */
    public long deliveriesOf(String key) {
        return deliveries.stream().filter(key::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

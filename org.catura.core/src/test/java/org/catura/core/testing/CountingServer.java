package org.catura.core.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An HTTP receiver on localhost that, like a well-behaved API, applies each Idempotency-Key
 * once: it counts requests and the effects they had.
 */
public final class CountingServer implements AutoCloseable {

    private final HttpServer server;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger effects = new AtomicInteger();
    private volatile Consumer<String> afterEffect = key -> { };
    private volatile int failNext;

    public CountingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
            if (key != null && keys.add(key)) {
                effects.incrementAndGet();
                afterEffect.accept(key);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/effects";
    }

    /** Runs after an effect was applied and before the response goes out. */
    public void afterEffect(Consumer<String> action) {
        this.afterEffect = action;
    }

    public void failNext(int n) {
        this.failNext = n;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

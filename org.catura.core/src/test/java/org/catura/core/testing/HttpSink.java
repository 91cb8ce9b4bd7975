package org.catura.core.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;

/** Posts outbox messages to a URL, passing the idempotency key on as a header. */
public final class HttpSink implements OutboxSink {

    private final String topic;
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpSink(String topic, String url) {
        this.topic = topic;
        this.target = URI.create(url);
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(target)
                .header("Idempotency-Key", message.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(message.payload())).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }
}

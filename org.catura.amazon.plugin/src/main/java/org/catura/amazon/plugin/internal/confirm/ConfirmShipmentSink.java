package org.catura.amazon.plugin.internal.confirm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.amazon.plugin.spapi.invoker.ApiClient;
import org.catura.amazon.plugin.spapi.model.ConfirmShipmentRequest;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;

/**
 * Sends the queued confirmations with Orders v0 confirmShipment through the channel's SP-API
 * client, so its usage plan, LWA login and retries of 429 and 5xx apply. Sent again after a crash
 * between sending and recording, a confirmation carries the same packageReferenceId, and Amazon
 * edits that package instead of adding a second one.
 */
public final class ConfirmShipmentSink implements OutboxSink {

    private final ChannelService channels;
    private final ChannelClients clients;
    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();

    public ConfirmShipmentSink(ChannelService channels, ChannelClients clients) {
        this.channels = channels;
        this.clients = clients;
    }

    @Override
    public String topic() {
        return AmazonShipmentConfirmer.TOPIC;
    }

    @Override
    public void deliver(OutboxMessage message) throws IOException {
        JsonNode payload = json.readTree(message.payload());
        String channel = payload.path("channel").asText();
        String orderId = payload.path("amazonOrderId").asText();
        ConfirmShipmentRequest request = json.treeToValue(payload.path("request"), ConfirmShipmentRequest.class);
        try {
            clients.client(channels.require(channel)).confirmShipment(orderId, request);
        } catch (SpApiException e) {
            if (e.status() == 400 || e.status() == 404) {
                throw new ConfirmationRefusedException(channel, orderId,
                        request.getPackageDetail().getPackageReferenceId(), e);
            }
            throw e;
        }
    }
}

package org.catura.amazon.plugin.internal.channel;

import java.util.List;
import java.util.Map;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.ChannelSecrets;

/**
 * Changes read from the settings page, applied to a channel as it is stored now; null or absent
 * means "keep". {@code secrets} is null when no secret was typed.
 */
record ChannelEdit(Map<String, String> text, List<String> marketplaces, Long interval, Integer overlap,
        Boolean syncEnabled, ChannelSecrets secrets) {

    ChannelEdit {
        text = Map.copyOf(text);
    }

    AmazonChannel applyTo(AmazonChannel c) {
        return new AmazonChannel(c.name(), text.getOrDefault(ChannelForm.SELLER_ID, c.sellerId()),
                text.getOrDefault(ChannelForm.ENDPOINT, c.endpoint()),
                text.getOrDefault(ChannelForm.TOKEN_URL, c.tokenUrl()),
                marketplaces == null ? c.marketplaceIds() : marketplaces,
                text.getOrDefault(ChannelForm.CLIENT_ID, c.clientId()),
                interval == null ? c.importIntervalSeconds() : interval,
                overlap == null ? c.overlapMinutes() : overlap, c.timeCompression(),
                syncEnabled == null ? c.syncEnabled() : syncEnabled, c.importSince(), c.clientSecretSet(),
                c.refreshTokenSet(), c.tenantId());
    }

    /** Never shows the secrets. */
    @Override
    public String toString() {
        return "ChannelEdit[" + text + ", marketplaces=" + marketplaces + ", interval=" + interval + ", overlap="
                + overlap + ", syncEnabled=" + syncEnabled + ", " + secrets + "]";
    }
}

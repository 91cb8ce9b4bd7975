package org.catura.idempiere.process;

import org.catura.amazon.plugin.api.AmazonImports;
import org.compiere.process.ProcessInfoParameter;

/** "Catura Skip Order": a person gives up on an order the import cannot take in, so the watermark moves on. */
final class SkipOrder extends CaturaProcess {

    static final String AMAZON_ORDER = "CAT_AmazonOrderID";

    private final AmazonImports imports;
    private int channelId;
    private String amazonOrderId;

    SkipOrder(AmazonImports imports) {
        this.imports = imports;
    }

    @Override
    void parameter(String name, ProcessInfoParameter value) {
        if (CHANNEL.equals(name)) {
            channelId = value.getParameterAsInt();
        } else if (AMAZON_ORDER.equals(name)) {
            amazonOrderId = value.getParameterAsString().strip();
        }
    }

    @Override
    String run() {
        String channel = channelName(channelId);
        if (!require(imports, AmazonImports.class).skipOrder(channel, amazonOrderId, who())) {
            throw new CaturaProcessException(text("CAT_NoOpenImportError", channel, amazonOrderId));
        }
        return text("CAT_OrderSkipped", channel, amazonOrderId);
    }
}

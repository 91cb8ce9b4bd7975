package org.catura.idempiere.process;

import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportReport;
import org.compiere.process.ProcessInfoParameter;

/** "Catura Import Now": the channel's order import, now, also while its sync is switched off. */
final class ImportNow extends CaturaProcess {

    private final AmazonImports imports;
    private int channelId;

    ImportNow(AmazonImports imports) {
        this.imports = imports;
    }

    @Override
    void parameter(String name, ProcessInfoParameter value) {
        if (CHANNEL.equals(name)) {
            channelId = value.getParameterAsInt();
        }
    }

    @Override
    String run() {
        String channel = channelName(channelId);
        ImportReport r = require(imports, AmazonImports.class).runNow(channel);
        return text("CAT_ImportDone", channel, r.outcome(), r.ordersSeen(), r.created(), r.updated(), r.failed(),
                r.message() == null ? "" : r.message());
    }
}

package org.catura.idempiere.process;

import java.sql.Timestamp;
import java.time.Instant;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.amazon.plugin.api.ImportReport;
import org.compiere.process.ProcessInfoParameter;

/** "Catura Resync Window": every order Amazon changed in [from, to] imported again; the watermark stays. */
final class ResyncWindow extends CaturaProcess {

    static final String FROM = "CAT_ResyncFrom";
    static final String TO = "CAT_ResyncTo";

    private final AmazonImports imports;
    private int channelId;
    private Instant from;
    private Instant to;

    ResyncWindow(AmazonImports imports) {
        this.imports = imports;
    }

    @Override
    void parameter(String name, ProcessInfoParameter value) {
        if (CHANNEL.equals(name)) {
            channelId = value.getParameterAsInt();
        } else if (FROM.equals(name)) {
            from = instant(value.getParameterAsTimestamp());
        } else if (TO.equals(name)) {
            to = instant(value.getParameterAsTimestamp());
        }
    }

    @Override
    String run() {
        String channel = channelName(channelId);
        ImportReport r = require(imports, AmazonImports.class).resync(channel, from, to);
        return text("CAT_ResyncDone", channel, from, to, r.outcome(), r.ordersSeen(), r.created(), r.updated(),
                r.failed());
    }

    /** The date a person picked, in the server's zone as iDempiere shows it, as an instant. */
    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

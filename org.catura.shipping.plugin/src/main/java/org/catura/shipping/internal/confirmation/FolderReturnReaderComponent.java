package org.catura.shipping.internal.confirmation;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.transfer.api.InboundPoller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** The return folders' reader as a {@link ScheduledTask}. */
@Component(service = ScheduledTask.class, configurationPid = ReturnPollConfig.PID)
@Designate(ocd = ReturnPollConfig.class)
public final class FolderReturnReaderComponent implements ScheduledTask {

    private final FolderReturnReader reader;
    private final long pollSeconds;

    @Activate
    public FolderReturnReaderComponent(@Reference Database database, @Reference InboundPoller poller,
            @Reference ShippingConfirmations confirmations, @Reference Secrets secrets,
            ReturnPollConfig config) {
        this.pollSeconds = Math.max(1, config.pollSeconds());
        this.reader = new FolderReturnReader(database, poller, confirmations, secrets, new ReturnChannels());
    }

    @Override
    public String name() {
        return reader.name();
    }

    @Override
    public long intervalSeconds() {
        return pollSeconds;
    }

    @Override
    public void run() {
        reader.run();
    }
}

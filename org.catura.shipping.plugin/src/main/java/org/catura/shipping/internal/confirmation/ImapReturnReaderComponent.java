package org.catura.shipping.internal.confirmation;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.Secrets;
import org.catura.mail.api.MailInbox;
import org.catura.shipping.api.ShippingConfirmations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The return mailboxes' reader as a {@link ScheduledTask}; its configuration is designated by {@link FolderReturnReaderComponent}. */
@Component(service = ScheduledTask.class, configurationPid = ReturnPollConfig.PID)
public final class ImapReturnReaderComponent implements ScheduledTask {

    private final ImapReturnReader reader;
    private final long pollSeconds;

    @Activate
    public ImapReturnReaderComponent(@Reference Database database, @Reference MailInbox inbox,
            @Reference ShippingConfirmations confirmations, @Reference Secrets secrets,
            ReturnPollConfig config) {
        this.pollSeconds = Math.max(1, config.pollSeconds());
        this.reader = new ImapReturnReader(database, inbox, confirmations, secrets, new ReturnChannels());
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

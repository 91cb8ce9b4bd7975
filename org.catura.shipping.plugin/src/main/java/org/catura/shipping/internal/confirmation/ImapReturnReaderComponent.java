package org.catura.shipping.internal.confirmation;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.api.secret.Secrets;
import org.catura.mail.api.MailInbox;
import org.catura.shipping.api.ShippingConfirmations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The return mailboxes' reader as a {@link ScheduledTask}. */
@Component(service = ScheduledTask.class)
public final class ImapReturnReaderComponent implements ScheduledTask {

    private final ImapReturnReader reader;

    @Activate
    public ImapReturnReaderComponent(@Reference Database database, @Reference MailInbox inbox,
            @Reference ShippingConfirmations confirmations, @Reference Secrets secrets) {
        this.reader = new ImapReturnReader(database, inbox, confirmations, secrets, new ReturnChannels());
    }

    @Override
    public String name() {
        return reader.name();
    }

    @Override
    public long intervalSeconds() {
        return reader.intervalSeconds();
    }

    @Override
    public void run() {
        reader.run();
    }
}

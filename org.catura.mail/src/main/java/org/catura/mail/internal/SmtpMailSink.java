package org.catura.mail.internal;

import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.mail.api.MailQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/** Sends queued mail over SMTP; only active once an SMTP server is configured. */
@Component(service = OutboxSink.class, configurationPid = "org.catura.mail",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SmtpConfig.class)
public final class SmtpMailSink implements OutboxSink {

    private final SmtpSender sender;
    private final MailJson json = new MailJson();

    @Activate
    public SmtpMailSink(SmtpConfig config) {
        this(new SmtpSender(config.host(), config.port(), config.from(), config.username(), config.password(),
                config.starttls(), config.timeoutSeconds()));
    }

    public SmtpMailSink(SmtpSender sender) {
        this.sender = sender;
    }

    @Override
    public String topic() {
        return MailQueue.TOPIC;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        sender.send(message.idempotencyKey(), json.read(message.payload()));
    }
}

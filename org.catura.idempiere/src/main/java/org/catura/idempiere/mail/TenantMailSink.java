package org.catura.idempiere.mail;

import java.util.function.IntSupplier;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.MailQueue;
import org.catura.mail.api.QueuedMail;
import org.compiere.model.MSysConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Sends Catura's queued mail (escalations, later invoices) through the SMTP settings of the node's
 * tenant (System's AD_SysConfig CATURA_CLIENT_ID), configured in iDempiere's Tenant window with its
 * password encrypted there; inside iDempiere this replaces the SMTP configuration
 * org.catura.mail, which has no place to be set. A failure is retried by the outbox.
 */
@Component(service = OutboxSink.class)
public final class TenantMailSink implements OutboxSink {

    static final String NODE_TENANT = "CATURA_CLIENT_ID";

    private final IntSupplier nodeTenant;
    private final TenantMailer mailer;

    @Activate
    public TenantMailSink() {
        this(() -> MSysConfig.getIntValue(NODE_TENANT, 0, 0), new ClientEMail());
    }

    TenantMailSink(IntSupplier nodeTenant, TenantMailer mailer) {
        this.nodeTenant = nodeTenant;
        this.mailer = mailer;
    }

    @Override
    public String topic() {
        return MailQueue.TOPIC;
    }

    @Override
    public void deliver(OutboxMessage message) {
        int clientId = nodeTenant.getAsInt();
        if (clientId <= 0) {
            throw new IllegalStateException("Mail waits: set " + NODE_TENANT
                    + " (System) in the System Configurator window, whose tenant's SMTP settings send it");
        }
        MailMessage mail = QueuedMail.read(message.payload());
        String failure = mailer.send(clientId, mail);
        if (failure != null) {
            throw new IllegalStateException("Mail '" + mail.subject() + "' to " + mail.to() + " not sent by tenant "
                    + clientId + "'s SMTP (Tenant window): " + failure);
        }
    }
}

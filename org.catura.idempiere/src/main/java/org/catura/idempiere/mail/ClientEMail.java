package org.catura.idempiere.mail;

import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailMessage;
import org.compiere.model.MClient;
import org.compiere.util.EMail;
import org.compiere.util.Env;

/**
 * The tenant's SMTP server, sender address and login as its Tenant window sets them
 * (AD_Client: SMTP Host, Request EMail, Request User / Password, SMTP Authorization), through
 * iDempiere's own EMail, which also honours AD_SMTP where a server has it. No stable Message-ID:
 * EMail.setHeader is iDempiere's, not in the ADempiere API this compiles against, so a copy resent
 * after a crash between sending and marking it sent is a second mail.
 */
final class ClientEMail implements TenantMailer {

    @Override
    public String send(int clientId, MailMessage mail) {
        MClient client = MClient.get(Env.getCtx(), clientId);
        EMail email = client.createEMail(mail.to(), mail.subject(), mail.text(), false);
        if (email == null) {
            return "tenant " + clientId + " cannot send to '" + mail.to() + "' (no recipient or no SMTP host)";
        }
        if (mail.html() != null) {
            email.setMessageHTML(mail.subject(), mail.html());
        }
        for (MailAttachment a : mail.attachments()) {
            email.addAttachment(a.content(), a.contentType(), a.fileName());
        }
        String result = email.send();
        return EMail.SENT_OK.equals(result) ? null : result;
    }
}

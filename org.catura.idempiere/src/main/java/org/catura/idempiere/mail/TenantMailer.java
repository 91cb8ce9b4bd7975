package org.catura.idempiere.mail;

import org.catura.mail.api.MailMessage;

/** Sends one mail the way a tenant of the ERP sends mail; answers null when sent, else why not. */
interface TenantMailer {

    String send(int clientId, MailMessage mail);
}

package org.catura.mail.api;

/**
 * Reads the unread mails of an IMAP folder (a carrier's confirmations, say). Each is handed to
 * the handler; a mail the handler took is marked read and is not handed over again, a mail whose
 * handler threw stays unread for the next call. The caller schedules it and keeps its own
 * transactions (one per mail, in the handler).
 */
public interface MailInbox {

    /**
     * @throws MailInboxException when the server cannot be reached or refuses the login; no mail was handed over then
     */
    InboxReport read(MailboxLogin login, InboundMailHandler handler);
}

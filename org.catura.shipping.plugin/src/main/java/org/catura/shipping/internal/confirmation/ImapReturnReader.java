package org.catura.shipping.internal.confirmation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catura.core.api.db.Database;
import org.catura.core.api.secret.Secrets;
import org.catura.mail.api.InboundMail;
import org.catura.mail.api.InboxReport;
import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailInbox;
import org.catura.mail.api.MailInboxException;
import org.catura.mail.api.MailboxLogin;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.confirmation.ReturnChannels.ReturnChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the IMAP mailbox of every carrier that answers by mail: the subject names the reference,
 * the CSV of contract 4 comes as a {@code .csv} attachment or as the body. One transaction per
 * mail; a mail without a reference or with a garbled CSV is kept as a rejected message (with a
 * ticket) and marked read, since reading it again would not make it better.
 */
public final class ImapReturnReader {

    private static final Logger LOG = LoggerFactory.getLogger(ImapReturnReader.class);
    private static final Pattern REFERENCE = Pattern.compile("CAT-\\d{1,10}");

    private final Database database;
    private final MailInbox inbox;
    private final ShippingConfirmations confirmations;
    private final Secrets secrets;
    private final ReturnChannels carriers;

    public ImapReturnReader(Database database, MailInbox inbox, ShippingConfirmations confirmations, Secrets secrets,
            ReturnChannels carriers) {
        this.database = database;
        this.inbox = inbox;
        this.confirmations = confirmations;
        this.secrets = secrets;
        this.carriers = carriers;
    }

    /** The scheduled task's name. */
    public String name() {
        return "shipping-return-imap";
    }

    public void run() {
        for (ReturnChannel c : database.inTransaction(tx -> carriers.byChannel(tx, "IMAP"))) {
            try {
                read(c);
            } catch (MailInboxException | IllegalArgumentException e) {
                LOG.warn("Return mailbox of carrier {}: {}", c.carrier(), e.getMessage());
            }
        }
    }

    public InboxReport read(ReturnChannel c) {
        String password = c.secretSealed() == null || c.secretSealed().isBlank() ? "" : secrets.open(c.secretSealed());
        int port = c.port() == null ? 993 : c.port();
        String host = c.host() == null ? "" : c.host().strip();
        // 993: IMAPS; any other port STARTTLS, required, except on this machine (a local relay, tests)
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
        MailboxLogin login = new MailboxLogin(host, port, port == 993, !local, c.user() == null ? "" : c.user(),
                password, c.path(), null);
        return inbox.read(login, mail -> take(c, mail));
    }

    private void take(ReturnChannel c, InboundMail mail) {
        String subject = mail.subject();
        Matcher m = REFERENCE.matcher(subject.toUpperCase(Locale.ROOT));
        byte[] csv = csv(mail);
        if (!m.find()) {
            reject(c, mail, "The subject '" + ConfirmationCsv.shorten(subject) + "' names no shipment reference (CAT-…)");
            return;
        }
        if (csv == null) {
            reject(c, mail, "The mail carries no confirmation (neither a .csv attachment nor the CSV as its text)");
            return;
        }
        List<CarrierConfirmation> parsed;
        try {
            parsed = ConfirmationCsv.parse(c.carrier(), ConfirmationSource.IMAP, subject, csv);
        } catch (MalformedConfirmationException e) {
            reject(c, mail, "Garbled confirmation in mail '" + ConfirmationCsv.shorten(subject) + "': " + e.getMessage());
            return;
        }
        database.inTransaction(tx -> {
            for (CarrierConfirmation p : parsed) {
                // the whole mail as raw: its headers say who sent it and when
                confirmations.record(tx, new CarrierConfirmation(p.carrier(), p.reference(), p.orderReference(),
                        p.shippedAt(), p.parcels(), p.source(), subject, mail.raw()));
            }
            return null;
        });
    }

    private void reject(ReturnChannel c, InboundMail mail, String reason) {
        database.inTransaction(tx -> confirmations.reject(tx, c.carrier(), ConfirmationSource.IMAP, mail.subject(),
                mail.raw(), reason));
    }

    private static byte[] csv(InboundMail mail) {
        for (MailAttachment a : mail.attachments()) {
            if (a.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return a.content();
            }
        }
        String text = mail.text().strip();
        return text.toLowerCase(Locale.ROOT).startsWith("reference;") ? (text + "\n").getBytes(StandardCharsets.UTF_8)
                : null;
    }
}

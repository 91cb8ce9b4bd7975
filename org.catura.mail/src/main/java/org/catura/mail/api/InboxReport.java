package org.catura.mail.api;

import java.util.List;

/** What one read did: the subjects taken, and those left unread with the reason. */
public record InboxReport(List<String> taken, List<String> failed) {

    public InboxReport {
        taken = List.copyOf(taken);
        failed = List.copyOf(failed);
    }
}

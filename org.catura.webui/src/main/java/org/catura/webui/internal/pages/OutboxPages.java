package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Database;
import org.catura.core.api.outbox.ParkedMessage;
import org.catura.core.api.outbox.ParkedMessages;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.api.extension.WebRoute;

/**
 * The outbox's parked messages for admins: what each last failed with, and a button that sends
 * it again with a fresh budget of attempts once the cause (a mail server, a password) is mended.
 */
public class OutboxPages implements WebExtension {

    static final int SHOWN = 200;

    private final Database database;
    private final ParkedMessages parked;

    public OutboxPages(Database database, ParkedMessages parked) {
        this.database = database;
        this.parked = parked;
    }

    @Override
    public String namespace() {
        return "outbox";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/outbox", Role.ADMIN, this::list),
                WebRoute.post("/outbox/(\\d+)/retry", Role.ADMIN, this::retry),
                WebRoute.post("/outbox/retry-all", Role.ADMIN, this::retryAll));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Outbox", "/outbox", Role.ADMIN, 75));
    }

    private void list(WebRequest req) throws IOException {
        record Listing(List<ParkedMessage> messages, long count) {
        }
        Listing l = database.inTransaction(tx -> new Listing(parked.list(tx, SHOWN), parked.count(tx)));
        req.render("outbox/parked.ftlh", Map.of("messages", l.messages(), "count", l.count(), "shown", SHOWN));
    }

    private void retry(WebRequest req) throws IOException {
        long id = req.pathId(1);
        Boolean back = database.inTransaction(tx -> parked.retry(tx, id, req.user().username()));
        if (!back) {
            throw new HttpError(409, "Message " + id + " is not parked (it was sent, sent back already, or "
                    + "does not exist); nothing changed. Reload the outbox page to see what is parked now.");
        }
        req.redirect(req.base() + "/outbox", "Message " + id + " goes out again, with a fresh budget of attempts.");
    }

    private void retryAll(WebRequest req) throws IOException {
        Integer n = database.inTransaction(tx -> parked.retryAll(tx, req.user().username()));
        req.redirect(req.base() + "/outbox", n == 0 ? "No message was parked; nothing changed."
                : n + " message(s) go out again, each with a fresh budget of attempts.");
    }
}

package org.catura.webui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.api.extension.WebRoute;

/**
 * A plugin's pages as a test meets them: an admin-only report page with a form that adds a note,
 * a page with a template named like a built-in one, and one whose handler refuses. Uses only the
 * exported extension API.
 */
final class ReportsExtension implements WebExtension {

    final List<String> notes = new CopyOnWriteArrayList<>();

    @Override
    public String namespace() {
        return "reports";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/reports", Role.ADMIN, this::summary),
                WebRoute.post("/reports/notes", Role.ADMIN, this::addNote),
                WebRoute.get("/reports/cockpit", Role.ADMIN,
                        req -> req.render("reports/cockpit.ftlh", Map.of("who", req.user().username()))),
                WebRoute.get("/reports/(\\w+)", Role.ADMIN, this::report));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Reports", "/reports", Role.ADMIN, 75));
    }

    private void summary(WebRequest req) throws IOException {
        req.render("reports/summary.ftlh", Map.of("notes", notes));
    }

    private void addNote(WebRequest req) throws IOException {
        String text = req.param("text");
        if (text == null) {
            throw HttpError.badRequest("Type a note first.");
        }
        notes.add(text);
        req.redirect(req.base() + "/reports", "Note added.");
    }

    private void report(WebRequest req) {
        long id = req.pathId(1);
        throw new IllegalArgumentException("There is no report " + id + " yet; reports are numbered from 100.");
    }
}

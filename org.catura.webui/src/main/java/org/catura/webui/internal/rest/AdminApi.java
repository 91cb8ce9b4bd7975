package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.webui.api.Role;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;

/**
 * {@code /api/channels} and {@code /api/users} for admins: the channel settings page's data
 * (secrets only as "set", never their values) and its changes, and the user list.
 */
final class AdminApi {

    private static final String CHANNEL = "/channels/([A-Za-z0-9._-]+)";

    private AdminApi() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get("/channels", Role.ADMIN,
                        ex -> ex.json(200, ex.services().channels().get().stream().map(AdminApi::view).toList())),
                Route.get(CHANNEL, Role.ADMIN, ex -> ex.json(200, view(channel(ex)))),
                Route.put(CHANNEL, Role.ADMIN, AdminApi::update),
                Route.get("/users", Role.ADMIN, ex -> ex.json(200, ex.services().users().list())));
    }

    /**
     * Body: the fields to change, {@code {"name": "value"}}; a secret is replaced by a non-empty
     * value and cleared by {@code ""}. All or nothing: a refusal is 422 naming the field.
     */
    private static void update(Exchange ex) throws Exception {
        ChannelSettings c = channel(ex);
        Map<String, String> changes = new LinkedHashMap<>();
        body(ex).forEach((k, v) -> changes.put(k, v == null ? "" : v.toString().strip()));
        for (String name : changes.keySet()) {
            if (c.fields().stream().noneMatch(f -> f.name().equals(name))) {
                throw new HttpError(422, "Channel " + c.channelId() + " has no setting '" + name + "'.");
            }
        }
        try {
            if (!changes.isEmpty()) {
                c.update(changes, ex.who());
            }
        } catch (SettingsException e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("status", 422);
            out.put("error", e.getMessage());
            out.put("field", e.field());
            ex.json(422, out);
            return;
        }
        ex.json(200, view(c));
    }

    private static ChannelSettings channel(Exchange ex) {
        String id = ex.pathParam(1);
        return ex.services().channel(id).orElseThrow(() -> HttpError.notFound("Channel '" + id + "'"));
    }

    /** What the settings page shows: fields, values (never secrets), which secrets are set. */
    private static Map<String, Object> view(ChannelSettings c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channelId", c.channelId());
        m.put("title", c.title());
        m.put("fields", c.fields());
        Map<String, String> values = new LinkedHashMap<>(c.values());
        c.fields().stream().filter(f -> f.kind() == ChannelSettings.SettingField.Kind.SECRET)
                .forEach(f -> values.remove(f.name()));
        m.put("values", values);
        m.put("secretsSet", c.secretsSet());
        return m;
    }
}

package org.catura.webui.internal.rest;

import static org.catura.webui.internal.rest.Json.body;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.core.api.channel.ChannelSetup;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.webui.api.Role;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Route;

/**
 * {@code /api/channels} and {@code /api/users} for admins: the channel settings page's data
 * (secrets only as "set", never their values) and its changes, new channels, the connection
 * test, and the user list.
 */
final class AdminApi {

    private static final String CHANNEL = "/channels/([A-Za-z0-9._-]+)";

    private AdminApi() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get("/channels", Role.ADMIN,
                        ex -> ex.json(200, ex.services().channels().get().stream().map(AdminApi::view).toList())),
                Route.post("/channels", Role.ADMIN, AdminApi::create),
                Route.get(CHANNEL, Role.ADMIN, ex -> ex.json(200, view(channel(ex)))),
                Route.put(CHANNEL, Role.ADMIN, AdminApi::update),
                Route.post(CHANNEL + "/test", Role.ADMIN, AdminApi::test),
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

    /**
     * Body: the new channel's fields ({@code name}, {@code region}, …) and {@code kind} when more
     * than one kind of channel can be created; a list value (marketplaces) may be a JSON array.
     * 201 with the channel as {@code GET /api/channels/{id}} shows it; a refusal is 422 naming the field.
     */
    private static void create(Exchange ex) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        body(ex).forEach((k, v) -> values.put(k, v == null ? null
                : v instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : v.toString()));
        String kind = values.remove("kind");
        List<ChannelSetup> setups = ex.services().setups().get();
        ChannelSetup setup;
        if (kind != null) {
            setup = ex.services().setup(kind).orElseThrow(() -> new HttpError(422, "No kind of channel '" + kind
                    + "' can be created; kinds: " + String.join(", ", setups.stream().map(ChannelSetup::kind).toList())));
        } else if (setups.size() == 1) {
            setup = setups.get(0);
        } else {
            throw new HttpError(422, setups.isEmpty() ? "No channel plugin offers to create channels."
                    : "Say which kind of channel: \"kind\" one of " + String.join(", ",
                            setups.stream().map(ChannelSetup::kind).toList()) + ".");
        }
        values.values().removeIf(java.util.Objects::isNull);
        String id;
        try {
            id = setup.create(values, ex.who());
        } catch (SettingsException e) {
            refused(ex, e);
            return;
        }
        ex.json(201, ex.services().channel(id).map(AdminApi::view).orElseGet(() -> Map.of("channelId", id)));
    }

    /** Signs in with the stored credentials and makes one harmless call: {@code {ok, message, details}}. */
    private static void test(Exchange ex) throws Exception {
        ChannelSettings c = channel(ex);
        ConnectionTest result = c.testConnection().orElseThrow(() -> new HttpError(404,
                "Channel '" + c.channelId() + "' offers no connection test."));
        ex.json(200, result);
    }

    private static void refused(Exchange ex, SettingsException e) throws java.io.IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", 422);
        out.put("error", e.getMessage());
        out.put("field", e.field());
        ex.json(422, out);
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

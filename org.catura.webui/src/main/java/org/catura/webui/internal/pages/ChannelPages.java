package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.core.api.channel.ChannelSetup;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.api.extension.WebRoute;

/**
 * The channel settings pages, generic over whatever {@link ChannelSettings} services there are, as
 * a web extension: they use only what a plugin's pages may use. Secrets are write-only: the form
 * shows whether one is set, never its value, and an empty secret field leaves the secret as it is.
 */
public class ChannelPages implements WebExtension {

    private static final String CHANNEL = "/channels/([A-Za-z0-9._-]+)";
    private static final String NEW = "/channels/new/([a-z0-9-]+)";

    private final Supplier<List<ChannelSettings>> channels;
    private final Supplier<List<ChannelSetup>> setups;

    public ChannelPages(Supplier<List<ChannelSettings>> channels) {
        this(channels, List::of);
    }

    public ChannelPages(Supplier<List<ChannelSettings>> channels, Supplier<List<ChannelSetup>> setups) {
        this.channels = channels;
        this.setups = setups;
    }

    @Override
    public String namespace() {
        return "channels";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/channels", Role.ADMIN, this::list),
                WebRoute.get(CHANNEL, Role.ADMIN, this::channel),
                WebRoute.post(CHANNEL, Role.ADMIN, this::save),
                WebRoute.post(CHANNEL + "/test", Role.ADMIN, this::test),
                WebRoute.get(NEW, Role.ADMIN, req -> showNew(req, setupOf(req), 200, null, null, Map.of())),
                WebRoute.post(NEW, Role.ADMIN, this::create));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Channels", "/channels", Role.ADMIN, 80));
    }

    private void list(WebRequest req) throws IOException {
        req.render("channels/list.ftlh", Map.of("channels", channels.get(), "setups", setups.get()));
    }

    private void channel(WebRequest req) throws IOException {
        show(req, channelOf(req), 200, null, null, Map.of());
    }

    /** Tries the stored connection and shows what it found on the channel's page. */
    private void test(WebRequest req) throws IOException {
        ChannelSettings c = channelOf(req);
        ConnectionTest result = c.testConnection().orElseThrow(() -> new HttpError(404,
                "Channel '" + c.channelId() + "' offers no connection test."));
        show(req, c, 200, null, null, Map.of(), result);
    }

    /**
     * Creates the channel from what was typed; a refusal shows the form again with the values typed
     * (never the secrets) and the field at fault marked.
     */
    private void create(WebRequest req) throws IOException {
        ChannelSetup setup = setupOf(req);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (SettingField f : setup.fields()) {
            String v = f.kind() == SettingField.Kind.CHOICES ? String.join(",", req.params("f_" + f.name()))
                    : req.raw("f_" + f.name());
            if (v != null && !v.isBlank()) {
                values.put(f.name(), f.kind() == SettingField.Kind.SECRET ? v : v.strip());
                if (f.kind() != SettingField.Kind.SECRET) {
                    typed.put(f.name(), v.strip());
                }
            }
        }
        String id;
        try {
            id = setup.create(values, req.user().username());
        } catch (SettingsException e) {
            showNew(req, setup, 422, e.getMessage(), e.field(), typed);
            return;
        }
        req.redirect(req.base() + "/channels/" + id, "Channel " + id
                + " created; order sync is off. Test the connection, then switch order sync on below.");
    }

    private ChannelSetup setupOf(WebRequest req) {
        String kind = req.pathParam(1);
        return setups.get().stream().filter(s -> s.kind().equals(kind)).findFirst()
                .orElseThrow(() -> HttpError.notFound("A channel kind '" + kind + "'"));
    }

    private void showNew(WebRequest req, ChannelSetup setup, int status, String error, String errorField,
            Map<String, String> typed) throws IOException {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (SettingField f : setup.fields()) {
            Map<String, Object> row = new HashMap<>();
            row.put("f", f);
            row.put("kind", f.kind().name());
            String value = typed.getOrDefault(f.name(), "");
            row.put("value", value);
            row.put("chosen", List.of(value.split(",")));
            row.put("error", f.name().equals(errorField));
            fields.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("setup", setup);
        model.put("fields", fields);
        if (error != null) {
            model.put("error", error);
        }
        req.render(status, "channels/new.ftlh", model);
    }

    private void save(WebRequest req) throws IOException {
        ChannelSettings c = channelOf(req);
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (SettingField f : c.fields()) {
            String v = req.raw("f_" + f.name());
            if (f.kind() == SettingField.Kind.SECRET) {
                if (req.param("clear_" + f.name()) != null) {
                    changes.put(f.name(), "");
                } else if (v != null && !v.isEmpty()) {
                    changes.put(f.name(), v);
                }
                continue;
            }
            if (f.kind() == SettingField.Kind.BOOLEAN) {
                v = v == null ? "false" : "true";
            }
            if (v != null) {
                typed.put(f.name(), v);
                if (!v.equals(c.values().get(f.name()))) {
                    changes.put(f.name(), v.strip());
                }
            }
        }
        try {
            if (!changes.isEmpty()) {
                c.update(changes, req.user().username());
            }
        } catch (SettingsException e) {
            show(req, c, 422, e.getMessage(), e.field(), typed);
            return;
        }
        req.redirect(req.base() + "/channels/" + c.channelId(),
                changes.isEmpty() ? "Nothing changed." : "Saved: " + String.join(", ", changes.keySet()) + ".");
    }

    private ChannelSettings channelOf(WebRequest req) {
        String id = req.pathParam(1);
        return channels.get().stream().filter(c -> c.channelId().equals(id)).findFirst()
                .orElseThrow(() -> HttpError.notFound("Channel '" + id + "'"));
    }

    private void show(WebRequest req, ChannelSettings c, int status, String error, String errorField,
            Map<String, String> typed) throws IOException {
        show(req, c, status, error, errorField, typed, null);
    }

    private void show(WebRequest req, ChannelSettings c, int status, String error, String errorField,
            Map<String, String> typed, ConnectionTest test) throws IOException {
        Map<String, String> values = new HashMap<>(c.values());
        values.putAll(typed);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (SettingField f : c.fields()) {
            Map<String, Object> row = new HashMap<>();
            row.put("f", f);
            row.put("kind", f.kind().name());
            // Secrets: only whether one is set, never the value.
            row.put("value", f.kind() == SettingField.Kind.SECRET ? "" : values.getOrDefault(f.name(), ""));
            row.put("set", c.secretsSet().contains(f.name()));
            row.put("error", f.name().equals(errorField));
            fields.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("fields", fields);
        if (test != null) {
            model.put("test", test);
        }
        if (error != null) {
            model.put("error", error);
        }
        req.render(status, "channels/channel.ftlh", model);
    }
}

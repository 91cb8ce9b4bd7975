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

    private final Supplier<List<ChannelSettings>> channels;

    public ChannelPages(Supplier<List<ChannelSettings>> channels) {
        this.channels = channels;
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
                WebRoute.post(CHANNEL, Role.ADMIN, this::save));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Channels", "/channels", Role.ADMIN, 80));
    }

    private void list(WebRequest req) throws IOException {
        req.render("channels/list.ftlh", Map.of("channels", channels.get()));
    }

    private void channel(WebRequest req) throws IOException {
        show(req, channelOf(req), 200, null, null, Map.of());
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
        if (error != null) {
            model.put("error", error);
        }
        req.render(status, "channels/channel.ftlh", model);
    }
}

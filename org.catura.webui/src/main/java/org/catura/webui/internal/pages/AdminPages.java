package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.webui.api.Role;
import org.catura.webui.api.UserException;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.internal.web.HttpError;

/**
 * Admin pages: channel settings (generic: whatever {@link ChannelSettings} services are
 * registered) and users. Secrets are write-only: the form shows whether one is set, never its
 * value, and an empty secret field leaves the secret as it is.
 */
public final class AdminPages {

    public void channels(Exchange ex) throws IOException {
        ex.render("channels.ftlh", Map.of("channels", ex.services().channels().get()));
    }

    public void channel(Exchange ex) throws IOException {
        showChannel(ex, channelOf(ex), 200, null, null, Map.of());
    }

    public void saveChannel(Exchange ex) throws IOException {
        ChannelSettings c = channelOf(ex);
        Map<String, String> changes = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (SettingField f : c.fields()) {
            String v = ex.raw("f_" + f.name());
            if (f.kind() == SettingField.Kind.SECRET) {
                if (ex.param("clear_" + f.name()) != null) {
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
                c.update(changes, ex.who());
            }
        } catch (SettingsException e) {
            showChannel(ex, c, 422, e.getMessage(), e.field(), typed);
            return;
        }
        ex.redirect(ex.base() + "/channels/" + c.channelId(),
                changes.isEmpty() ? "Nothing changed." : "Saved: " + String.join(", ", changes.keySet()) + ".");
    }

    private ChannelSettings channelOf(Exchange ex) {
        String id = ex.pathParam(1);
        return ex.services().channel(id).orElseThrow(() -> HttpError.notFound("Channel '" + id + "'"));
    }

    private void showChannel(Exchange ex, ChannelSettings c, int status, String error, String errorField,
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
        ex.render(status, "channel.ftlh", model);
    }

    public void users(Exchange ex) throws IOException {
        showUsers(ex, 200, null);
    }

    public void createUser(Exchange ex) throws IOException {
        try {
            ex.services().users().create(ex.param("username"), ex.param("displayName"), Role.parse(ex.param("role")),
                    ex.raw("password"));
        } catch (UserException e) {
            showUsers(ex, 422, e.getMessage());
            return;
        }
        ex.redirect(ex.base() + "/users", "User '" + ex.param("username") + "' created.");
    }

    public void updateUser(Exchange ex) throws IOException {
        String name = ex.pathParam(1);
        try {
            if (name.equals(ex.who()) && (ex.param("active") == null || !"ADMIN".equals(ex.param("role")))) {
                throw new UserException("You cannot take the admin role from yourself or deactivate yourself.");
            }
            ex.services().users().update(name, ex.param("displayName"), Role.parse(ex.param("role")),
                    ex.param("active") != null);
            if (ex.raw("password") != null && !ex.raw("password").isEmpty()) {
                ex.services().users().setPassword(name, ex.raw("password"));
            }
        } catch (UserException e) {
            showUsers(ex, 422, e.getMessage());
            return;
        }
        ex.redirect(ex.base() + "/users", "User '" + name + "' saved.");
    }

    private void showUsers(Exchange ex, int status, String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("users", ex.services().users().list());
        model.put("roles", List.of(Role.values()).stream().map(Enum::name).toList());
        if (error != null) {
            model.put("error", error);
        }
        ex.render(status, "users.ftlh", model);
    }
}

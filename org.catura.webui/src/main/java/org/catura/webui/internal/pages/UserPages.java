package org.catura.webui.internal.pages;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.webui.api.Role;
import org.catura.webui.api.UserException;
import org.catura.webui.internal.auth.Sessions;
import org.catura.webui.internal.web.Exchange;

/** The admins' page of the logins: add one, change role, name, whether active, a new password. */
public final class UserPages {

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
                if (name.equals(ex.who())) {
                    // The new password ended every session of this user, this one too: a new one in its place.
                    Sessions.Opened opened = ex.app().sessions().open(ex.user());
                    ex.app().setSessionCookie(ex.request(), ex.response(), opened.token(), false);
                    ex.app().sessions().flash(opened.session(), "Your password is changed; your other sessions"
                            + " are signed out.");
                    ex.response().sendRedirect(ex.request().getContextPath() + ex.base() + "/users");
                    return;
                }
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

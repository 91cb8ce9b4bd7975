package org.catura.runtime.internal;

import java.util.Hashtable;
import org.catura.webui.api.Role;
import org.catura.webui.api.Users;

/** Turns on Felix HTTP (Jetty) for the web UI, and seeds the demo's logins. */
final class WebServer {

    /** The demo's logins: user, role, password. Printed by {@code catura demo}; never used by {@code run}. */
    static final String[][] DEMO_USERS = {
        {"admin", "ADMIN", "admin-demo"},
        {"supervisor", "SUPERVISOR", "supervisor-demo"},
        {"clerk", "CLERK", "clerk-demo"},
    };

    private WebServer() {
    }

    /** Serves HTTP on host:port; port 0 leaves the web UI off. Returns the cockpit's URL, or null. */
    static String start(Framework framework, String host, int port) {
        if (port == 0) {
            return null;
        }
        Hashtable<String, Object> http = new Hashtable<>();
        http.put("org.apache.felix.http.enable", Boolean.TRUE);
        http.put("org.osgi.service.http.port", port);
        http.put("org.apache.felix.http.host", host);
        framework.configure("org.apache.felix.http", http);
        return "http://" + host + ":" + port + "/catura/";
    }

    static void seedDemoUsers(Users users) {
        for (String[] u : DEMO_USERS) {
            String name = u[0].substring(0, 1).toUpperCase() + u[0].substring(1);
            users.createOrUpdate(u[0], "Demo " + name, Role.valueOf(u[1]), u[2]);
        }
    }
}

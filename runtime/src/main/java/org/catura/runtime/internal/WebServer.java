package org.catura.runtime.internal;

import java.util.Hashtable;
import org.catura.webui.api.Role;
import org.catura.webui.api.Users;

/** Turns on Felix HTTP (Jetty) for the web UI, HTTP or HTTPS, and seeds the demo's logins. */
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

    /**
     * Serves the web UI as {@code catura run} is configured: HTTPS from the key store when one is
     * named (then plain HTTP stays off), else HTTP. Returns the cockpit's URL, or null when the port is 0.
     */
    static String start(Framework framework, RunConfiguration run) {
        if (run.httpPort() == 0) {
            return null;
        }
        HttpsKeyStore tls = run.httpsKeyStore();
        if (tls == null) {
            return start(framework, run.httpHost(), run.httpPort());
        }
        framework.configure("org.apache.felix.http", https(run.httpHost(), run.httpPort(), tls));
        return "https://" + run.httpHost() + ":" + run.httpPort() + "/catura/";
    }

    /**
     * Marks the web UI's cookies Secure when {@code run} serves TLS or sits behind a TLS proxy.
     * Called before the database is configured: the web UI's components then start once, with it,
     * instead of answering with plain cookies until a re-activation catches up.
     */
    static void configureCookies(Framework framework, RunConfiguration run) {
        if (run.secureCookie()) {
            Hashtable<String, Object> webui = new Hashtable<>();
            webui.put("secureCookie", Boolean.TRUE);
            framework.configure("org.catura.webui", webui);
        }
    }

    /** Felix HTTP Jetty's own configuration properties for an HTTPS-only connector. */
    static Hashtable<String, Object> https(String host, int port, HttpsKeyStore tls) {
        Hashtable<String, Object> http = new Hashtable<>();
        http.put("org.apache.felix.http.enable", Boolean.FALSE);
        http.put("org.apache.felix.https.enable", Boolean.TRUE);
        http.put("org.osgi.service.http.port.secure", port);
        http.put("org.apache.felix.http.host", host);
        http.put("org.apache.felix.https.keystore", tls.file().toString());
        http.put("org.apache.felix.https.keystore.type", tls.type());
        http.put("org.apache.felix.https.keystore.password", tls.password());
        // keytool and openssl pkcs12 give the key the store's password.
        http.put("org.apache.felix.https.keystore.key.password", tls.password());
        return http;
    }

    static void seedDemoUsers(Users users) {
        for (String[] u : DEMO_USERS) {
            String name = u[0].substring(0, 1).toUpperCase() + u[0].substring(1);
            users.createOrUpdate(u[0], "Demo " + name, Role.valueOf(u[1]), u[2]);
        }
    }
}

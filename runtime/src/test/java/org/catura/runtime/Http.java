package org.catura.runtime;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser-like HTTP client on the runtime's web server: keeps its cookies, follows no redirect. */
final class Http {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The session's CSRF token once signed in, sent on every write as a script would. */
    private String csrfToken;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(write(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putJson(String path, String json) throws Exception {
        return client.send(write(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the JSON API; the session cookie stays with this client. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> r = postJson("/api/login", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(r.body());
        csrfToken = r.statusCode() == 200 && token.find() ? token.group(1) : null;
        return r;
    }

    private HttpRequest.Builder write(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json");
        return csrfToken == null ? b : b.header("X-CSRF-Token", csrfToken);
    }

    static int freePort() throws Exception {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}

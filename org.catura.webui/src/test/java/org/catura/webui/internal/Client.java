package org.catura.webui.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client with its own cookie jar; it does not follow redirects. */
final class Client {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOGIN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    String csrf;

    Client(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the form; returns the answer to the form post. */
    HttpResponse<String> login(String user, String password) {
        String form = get("/catura/login").body();
        Matcher m = LOGIN.matcher(form);
        if (!m.find()) {
            throw new AssertionError("No sign-in token on the form: " + form);
        }
        HttpResponse<String> r = postForm("/catura/login", List.of("_login", m.group(1), "username", user,
                "password", password), false);
        if (r.statusCode() == 302) {
            csrf = csrfOf(get("/catura/").body());
        }
        return r;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A form post carrying the session's CSRF token. */
    HttpResponse<String> post(String path, String... fields) {
        return postForm(path, List.of(fields), true);
    }

    /** A form post without any CSRF token. */
    HttpResponse<String> postWithoutToken(String path, String... fields) {
        return postForm(path, List.of(fields), false);
    }

    HttpResponse<String> postForm(String path, List<String> fields, boolean withCsrf) {
        List<String> all = new ArrayList<>(fields);
        if (withCsrf) {
            all.add("_csrf");
            all.add(csrf);
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(enc(all.get(i))).append('=').append(enc(all.get(i + 1)));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A multipart/form-data post of one file part, with the session's CSRF token as a form field before it. */
    HttpResponse<String> multipart(String path, String part, String file, String type, byte[] content) {
        String boundary = "----catura" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + file + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A JSON call to the REST API; {@code csrf} true sends the X-CSRF-Token header. */
    HttpResponse<String> json(String method, String path, String json, boolean withCsrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page: " + html);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

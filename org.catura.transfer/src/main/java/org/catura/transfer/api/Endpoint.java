package org.catura.transfer.api;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where files go or come from, as a value. {@code path} is the remote folder (SFTP, FTP), the URL
 * (HTTP; {@code {name}} in it is replaced by the file name) or the local folder (FOLDER).
 * {@code secret} is the password (SFTP, FTP, HTTP Basic with a user) or the bearer token (HTTP
 * without a user), in plain form only in memory: callers keep it sealed with core's
 * {@code Secrets} and open it in their {@link DestinationDirectory}. It never appears in
 * {@link #toString()} or in a message of this bundle; header values neither, since they often
 * carry API keys. {@code hostKeys} are the SHA-256 fingerprints of the SFTP server's host key that
 * are accepted ({@code SHA256:…}, as {@code ssh-keygen -lf} prints them).
 */
public record Endpoint(TransferKind kind, String host, int port, String path, String user, String secret,
        List<String> hostKeys, String httpMethod, Map<String, String> headers, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public Endpoint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        user = user == null ? "" : user;
        secret = secret == null ? "" : secret;
        host = host == null ? "" : host;
        hostKeys = hostKeys == null ? List.of() : List.copyOf(hostKeys);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if ((kind == TransferKind.SFTP || kind == TransferKind.FTP) && host.isBlank()) {
            throw new IllegalArgumentException(kind + " endpoint needs a host");
        }
        if (kind == TransferKind.HTTP) {
            httpMethod = httpMethod == null ? "POST" : httpMethod;
            if (!httpMethod.equals("POST") && !httpMethod.equals("PUT")) {
                throw new IllegalArgumentException("HTTP endpoint sends with POST or PUT, not " + httpMethod);
            }
            String scheme = URI.create(path.replace("{name}", "name")).getScheme();
            if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("HTTP endpoint needs an http or https URL");
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Timeout must be positive");
        }
    }

    public static Endpoint sftp(String host, int port, String folder, String user, String password) {
        return new Endpoint(TransferKind.SFTP, host, port, folder, user, password, List.of(), null, Map.of(), null);
    }

    public static Endpoint ftp(String host, int port, String folder, String user, String password) {
        return new Endpoint(TransferKind.FTP, host, port, folder, user, password, List.of(), null, Map.of(), null);
    }

    /** @param method POST or PUT */
    public static Endpoint http(String method, String url) {
        return new Endpoint(TransferKind.HTTP, "", -1, url, "", "", List.of(), method, Map.of(), null);
    }

    public static Endpoint folder(String folder) {
        return new Endpoint(TransferKind.FOLDER, "", -1, folder, "", "", List.of(), null, Map.of(), null);
    }

    /** Adds an accepted SFTP host key fingerprint (several during a key change). */
    public Endpoint withHostKey(String fingerprint) {
        List<String> keys = new java.util.ArrayList<>(hostKeys);
        keys.add(fingerprint);
        return new Endpoint(kind, host, port, path, user, secret, keys, httpMethod, headers, timeout);
    }

    /** HTTP: Basic login with a user, a bearer token without. */
    public Endpoint withCredentials(String user, String secret) {
        return new Endpoint(kind, host, port, path, user, secret, hostKeys, httpMethod, headers, timeout);
    }

    public Endpoint withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Endpoint(kind, host, port, path, user, secret, hostKeys, httpMethod, all, timeout);
    }

    /** The limit for connecting, logging in and each read or write; 30 s unless set. */
    public Endpoint withTimeout(Duration timeout) {
        return new Endpoint(kind, host, port, path, user, secret, hostKeys, httpMethod, headers, timeout);
    }

    /** e.g. {@code sftp://edi@sftp.example:22/inbound}; an HTTP URL without its query or user part. */
    @Override
    public String toString() {
        return switch (kind) {
            case SFTP, FTP -> kind.name().toLowerCase() + "://" + (user.isEmpty() ? "" : user + "@") + host + ":"
                    + port + (path.startsWith("/") ? "" : "/") + path;
            case HTTP -> httpMethod + " " + withoutQueryAndUser(path);
            case FOLDER -> "folder " + path;
        };
    }

    private static String withoutQueryAndUser(String url) {
        String shown = url;
        int query = shown.indexOf('?');
        if (query >= 0) {
            shown = shown.substring(0, query) + "?…";
        }
        int scheme = shown.indexOf("://");
        int at = shown.indexOf('@');
        int slash = shown.indexOf('/', scheme + 3);
        if (scheme >= 0 && at > scheme && (slash < 0 || at < slash)) {
            shown = shown.substring(0, scheme + 3) + shown.substring(at + 1);
        }
        return shown;
    }
}

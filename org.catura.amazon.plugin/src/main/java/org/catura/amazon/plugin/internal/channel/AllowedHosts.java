package org.catura.amazon.plugin.internal.channel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a channel's secrets may go. The LWA client secret and refresh token are sent to the token
 * URL, and the access token to the endpoint: both must be Amazon's own hosts over https, unless
 * the operator allowed another host (a sandbox, a proxy) with {@code amazon.allowedHosts} — a host
 * name (any port) or {@code host:port}.
 */
public final class AllowedHosts {

    /** The run configuration key (and the key of {@code allowedHosts} of PID {@code org.catura.amazon.import}). */
    public static final String KEY = "amazon.allowedHosts";

    static final Set<String> AMAZON_ENDPOINT_HOSTS = Set.of("sellingpartnerapi-eu.amazon.com",
            "sellingpartnerapi-na.amazon.com", "sellingpartnerapi-fe.amazon.com",
            "sandbox.sellingpartnerapi-eu.amazon.com", "sandbox.sellingpartnerapi-na.amazon.com",
            "sandbox.sellingpartnerapi-fe.amazon.com");
    static final String AMAZON_TOKEN_HOST = "api.amazon.com";

    private record Allowed(String host, int port) {
        boolean permits(String h, int p) {
            return host.equals(h) && (port < 0 || port == p);
        }

        @Override
        public String toString() {
            return port < 0 ? host : host + ":" + port;
        }
    }

    private final List<Allowed> allowed;

    private AllowedHosts(List<Allowed> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** Only Amazon's hosts. */
    public static AllowedHosts amazonOnly() {
        return new AllowedHosts(List.of());
    }

    /**
     * Amazon's hosts and those listed, each a host name or {@code host:port}.
     *
     * @throws IllegalArgumentException naming an entry that is neither
     */
    public static AllowedHosts of(List<String> entries) {
        List<Allowed> allowed = new ArrayList<>();
        for (String raw : entries) {
            for (String entry : raw.split(",")) {
                String e = entry.strip().toLowerCase(Locale.ROOT);
                if (!e.isEmpty()) {
                    allowed.add(parse(e));
                }
            }
        }
        return new AllowedHosts(allowed);
    }

    public static AllowedHosts of(String... entries) {
        return of(List.of(entries));
    }

    private static Allowed parse(String entry) {
        int colon = entry.lastIndexOf(':');
        String host = colon < 0 ? entry : entry.substring(0, colon);
        int port = -1;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(entry.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = 0;
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(KEY + ": '" + entry + "' has no port from 1 to 65535 after ':'");
            }
        }
        if (!host.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
            throw new IllegalArgumentException(KEY + ": '" + entry
                    + "' is not a host name or host:port (e.g. 127.0.0.1:8443, proxy.example.com)");
        }
        return new Allowed(host, port);
    }

    /** Whether hosts other than Amazon's are allowed at all: only then may a person type an endpoint. */
    public boolean othersAllowed() {
        return !allowed.isEmpty();
    }

    /** The entries as configured, for messages. */
    public List<String> entries() {
        return allowed.stream().map(Allowed::toString).toList();
    }

    /**
     * Why the channel's secrets may not go to {@code url}, or null when they may. {@code tokenUrl}
     * tells which of Amazon's hosts is right (LWA's or the SP-API's).
     */
    String refusal(String what, String url, boolean tokenUrl) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            return null; // not a URL at all: the validator says so
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        boolean amazons = tokenUrl ? AMAZON_TOKEN_HOST.equals(host) : AMAZON_ENDPOINT_HOSTS.contains(host);
        if (amazons) {
            return "https".equals(scheme) && port == 443 ? null
                    : what + " '" + url + "' must use https on Amazon's standard port";
        }
        if (allowed.stream().anyMatch(a -> a.permits(host, port))) {
            return null;
        }
        String hostPort = uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
        return what + " host '" + hostPort + "' is not Amazon's ("
                + (tokenUrl ? AMAZON_TOKEN_HOST : "sellingpartnerapi-eu.amazon.com, -na, -fe") + "); the channel's "
                + "secrets go only to Amazon. An operator may allow it with " + KEY + "=" + hostPort
                + " in the run configuration" + (allowed.isEmpty() ? "" : " (allowed now: "
                        + String.join(", ", entries()) + ")");
    }
}

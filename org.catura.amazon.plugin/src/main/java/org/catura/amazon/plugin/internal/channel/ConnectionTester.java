package org.catura.amazon.plugin.internal.channel;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.internal.client.LwaCredentials;
import org.catura.amazon.plugin.internal.client.LwaException;
import org.catura.amazon.plugin.internal.client.RetryPolicy;
import org.catura.amazon.plugin.internal.client.SpApiClient;
import org.catura.amazon.plugin.internal.client.SpApiException;
import org.catura.amazon.plugin.internal.client.SpApiSettings;
import org.catura.amazon.plugin.spapi.model.GetMarketplaceParticipationsResponse;
import org.catura.amazon.plugin.spapi.model.MarketplaceParticipation;
import org.catura.core.api.channel.ConnectionTest;
import org.catura.core.api.secret.Secrets;

/**
 * The "test connection" of a channel: signs in with LWA and makes one harmless call (Sellers API
 * getMarketplaceParticipations), then says what failed in words a merchant can act on. It uses a
 * client of its own, without retries, so a person waits seconds, not the import's backoff.
 */
final class ConnectionTester {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    private final Secrets secrets;
    private final AllowedHosts hosts;

    ConnectionTester(Secrets secrets, AllowedHosts hosts) {
        this.secrets = secrets;
        this.hosts = hosts;
    }

    ConnectionTest test(StoredChannel s) {
        AmazonChannel c = s.channel();
        try {
            ChannelClients.requireAllowed(hosts, s);
        } catch (HostNotAllowedException e) {
            return ConnectionTest.failed(e.getMessage());
        }
        if (s.sealedClientSecret() == null || s.sealedRefreshToken() == null) {
            return ConnectionTest.failed("Not tested: the LWA " + (s.sealedClientSecret() == null
                    ? "client secret" : "refresh token") + " is not stored; type it in the channel's settings.");
        }
        SpApiClient client = new SpApiClient(new SpApiSettings(URI.create(c.endpoint().strip()),
                URI.create(c.tokenUrl().strip()), new LwaCredentials(c.clientId(), secrets.open(s.sealedClientSecret()),
                        secrets.open(s.sealedRefreshToken())), c.timeCompression(), ONCE, Duration.ofSeconds(60),
                TIMEOUT));
        GetMarketplaceParticipationsResponse answer;
        try {
            answer = client.getMarketplaceParticipations();
        } catch (LwaException e) {
            return ConnectionTest.failed(signInFailure(c, e));
        } catch (SpApiException e) {
            return ConnectionTest.failed(callFailure(c, e));
        }
        return participations(c, answer);
    }

    private static String signInFailure(AmazonChannel c, LwaException e) {
        String host = URI.create(c.tokenUrl().strip()).getHost();
        if (e.status() == 0) {
            return "Cannot reach Login with Amazon at " + host + ": " + network(e) + ".";
        }
        if ("invalid_client".equals(e.error())) {
            return "Amazon refused the LWA client id or client secret (invalid_client): check both against the app's "
                    + "LWA credentials in Seller Central (Apps and Services → Develop Apps), then type the secret again.";
        }
        if ("invalid_grant".equals(e.error())) {
            return "Amazon refused the refresh token (invalid_grant): it is wrong, was revoked, or belongs to another "
                    + "app. Authorise the app for the seller again and type the new refresh token.";
        }
        if (e.status() == 429) {
            return "Login with Amazon throttled the sign-in (HTTP 429): wait a minute and test again.";
        }
        return "Login with Amazon refused the sign-in: " + e.getMessage() + ".";
    }

    private static String callFailure(AmazonChannel c, SpApiException e) {
        String host = URI.create(c.endpoint().strip()).getHost();
        if (e.status() == 0) {
            return "Signed in, but cannot reach the SP-API at " + host + ": " + network(e) + ".";
        }
        if (e.status() == 403) {
            return "Signed in, but Amazon denied the Sellers API call (" + amazonSays(e) + "): the app is not "
                    + "authorised for this seller in this region (" + host + "), or lacks the role. Authorise it "
                    + "for the seller's marketplaces in Seller Central, then type the new refresh token.";
        }
        if (e.status() == 429) {
            return "Signed in, but Amazon throttled the call (" + amazonSays(e) + "): wait a minute and test again.";
        }
        if (e.status() >= 500) {
            return "Signed in, but the SP-API answered with a server error (" + amazonSays(e)
                    + "): Amazon's trouble, not the settings'; test again later.";
        }
        return "Signed in, but the Sellers API call failed: " + e.getMessage() + ".";
    }

    private static ConnectionTest participations(AmazonChannel c, GetMarketplaceParticipationsResponse answer) {
        List<String> details = new ArrayList<>();
        Set<String> participating = new LinkedHashSet<>();
        for (MarketplaceParticipation p : answer.getPayload() == null ? List.<MarketplaceParticipation>of()
                : answer.getPayload()) {
            String id = p.getMarketplace().getId();
            boolean in = p.getParticipation() != null && Boolean.TRUE.equals(p.getParticipation().getIsParticipating());
            if (in) {
                participating.add(id);
            }
            details.add(name(id) + " (" + id + ", " + p.getMarketplace().getDomainName() + ")"
                    + (p.getStoreName() == null ? "" : ", store '" + p.getStoreName() + "'")
                    + (in ? "" : ": not participating")
                    + (p.getParticipation() != null && Boolean.TRUE.equals(p.getParticipation().getHasSuspendedListings())
                            ? ", has suspended listings" : ""));
        }
        List<String> missing = c.marketplaceIds().stream().filter(id -> !participating.contains(id)).toList();
        if (!missing.isEmpty()) {
            return new ConnectionTest(false, "Signed in, but the seller does not participate in "
                    + String.join(", ", missing.stream().map(ConnectionTester::name).toList())
                    + " for this app: authorise the app for " + (missing.size() == 1 ? "that marketplace" : "those marketplaces")
                    + " in Seller Central, or remove " + (missing.size() == 1 ? "it" : "them")
                    + " from the channel. The seller participates in: "
                    + (participating.isEmpty() ? "none" : String.join(", ", participating.stream().map(ConnectionTester::name).toList()))
                    + ".", details);
        }
        return ConnectionTest.passed("Connected: signed in to Amazon; seller " + c.sellerId() + " participates in "
                + String.join(", ", participating.stream().map(ConnectionTester::name).toList()) + ".", details);
    }

    private static String name(String marketplaceId) {
        return AmazonMarketplaces.NAMES.getOrDefault(marketplaceId, marketplaceId);
    }

    private static String amazonSays(SpApiException e) {
        return e.errors().isEmpty() ? "HTTP " + e.status() : "HTTP " + e.status() + " " + e.errors().get(0);
    }

    /** The network failure in words: host unknown, connection refused, no answer in time. */
    private static String network(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the host name cannot be resolved (no DNS entry); check the URL and this machine's DNS";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + TIMEOUT.toSeconds() + " s; check the network, firewall or proxy";
            }
            if (t instanceof ConnectException) {
                return "the connection was refused or the host is unreachable; check the URL, the network and firewall";
            }
        }
        return "the network failed (" + e.getMessage() + ")";
    }
}

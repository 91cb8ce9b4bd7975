package org.catura.amazon.plugin.internal.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.InvalidChannelException.Problem;

/**
 * What a channel must satisfy before it is stored. Every problem carries the name of the
 * {@link AmazonChannel} component it is about, so a form can point at the field.
 */
final class ChannelValidator {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    List<Problem> problems(AmazonChannel c) {
        List<Problem> problems = new ArrayList<>();
        if (c.name() == null || !NAME.matcher(c.name()).matches()) {
            problems.add(new Problem("name", "name '" + c.name()
                    + "' must be 1-64 lower-case letters, digits, '-' or '_' (e.g. amazon-eu)"));
        }
        if (blank(c.sellerId())) {
            problems.add(new Problem("sellerId", "seller id is missing"));
        }
        url(problems, "endpoint", "SP-API endpoint", c.endpoint());
        url(problems, "tokenUrl", "LWA token URL", c.tokenUrl());
        if (c.marketplaceIds().isEmpty()) {
            problems.add(new Problem("marketplaceIds",
                    "marketplace ids: at least one is needed (e.g. A1PA6795UKMFR9 for amazon.de)"));
        }
        for (String id : c.marketplaceIds()) {
            if (!AmazonMarketplaces.isKnown(id)) {
                problems.add(new Problem("marketplaceIds", "marketplace id '" + id + "' is not one Catura knows ("
                        + String.join(", ", AmazonMarketplaces.COUNTRIES.keySet().stream().sorted().toList()) + ")"));
            }
        }
        if (blank(c.clientId())) {
            problems.add(new Problem("clientId", "LWA client id is missing"));
        }
        if (!(c.timeCompression() >= 1) || Double.isInfinite(c.timeCompression())) {
            problems.add(new Problem("timeCompression",
                    "time compression must be 1 (real Amazon) or more, got " + c.timeCompression()));
        }
        boolean compressed = c.timeCompression() > 1;
        if (c.importIntervalSeconds() < (compressed ? 1 : 60)) {
            problems.add(new Problem("importIntervalSeconds", "import interval must be at least "
                    + (compressed ? "1 second" : "60 seconds")
                    + (compressed ? "" : " (shorter only with time compression)") + ", got " + c.importIntervalSeconds()));
        }
        if (c.overlapMinutes() < 0 || c.overlapMinutes() > 24 * 60) {
            problems.add(new Problem("overlapMinutes", "overlap must be 0 to 1440 minutes, got " + c.overlapMinutes()));
        }
        if (c.tenantId() <= 0) {
            problems.add(new Problem("tenantId", "tenant (AD_Client_ID) must be a tenant's, above 0 (System),"
                    + " got " + c.tenantId()));
        }
        return problems;
    }

    private static void url(List<Problem> problems, String field, String what, String value) {
        if (blank(value)) {
            problems.add(new Problem(field, what + " is missing"));
            return;
        }
        try {
            URI uri = new URI(value.trim());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                problems.add(new Problem(field, what + " '" + value + "' is not an http(s) URL with a host"));
            } else if (uri.getQuery() != null || uri.getFragment() != null) {
                problems.add(new Problem(field, what + " '" + value + "' must not carry a query or fragment"));
            }
        } catch (URISyntaxException e) {
            problems.add(new Problem(field, what + " '" + value + "' is not a URL: " + e.getReason()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

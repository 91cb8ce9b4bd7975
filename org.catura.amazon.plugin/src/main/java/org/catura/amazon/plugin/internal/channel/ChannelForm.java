package org.catura.amazon.plugin.internal.channel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.InvalidChannelException.Problem;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.core.api.channel.ChannelSettings.SettingField.Kind;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;

/**
 * The settings form of an Amazon channel: its fields, the values it shows, the changes it reads.
 * Field names are the {@link AmazonChannel} component names, except {@value #MARKETPLACES} (a
 * comma-separated list there, {@code marketplaceIds} in the record).
 */
final class ChannelForm {

    static final String SELLER_ID = "sellerId";
    static final String ENDPOINT = "endpoint";
    static final String TOKEN_URL = "tokenUrl";
    static final String MARKETPLACES = "marketplaces";
    static final String CLIENT_ID = "clientId";
    static final String CLIENT_SECRET = "clientSecret";
    static final String REFRESH_TOKEN = "refreshToken";
    static final String INTERVAL = "importIntervalSeconds";
    static final String OVERLAP = "overlapMinutes";
    static final String SYNC = "syncEnabled";

    static final List<SettingField> FIELDS = List.of(
            field(SELLER_ID, "Seller id", Kind.TEXT, "The merchant token of the seller account (Seller Central → Account info)", true),
            field(ENDPOINT, "SP-API endpoint", Kind.URL, "The account's region — EU: " + AmazonChannel.EU_ENDPOINT
                    + ", NA: " + AmazonChannel.NA_ENDPOINT + ", FE: " + AmazonChannel.FE_ENDPOINT, true),
            field(TOKEN_URL, "LWA token URL", Kind.URL, "Login with Amazon; " + AmazonChannel.AMAZON_TOKEN_URL
                    + " for every region", true),
            field(MARKETPLACES, "Marketplaces", Kind.TEXT, "Marketplace ids, comma-separated — "
                    + AmazonMarketplaces.COUNTRIES.entrySet().stream().sorted(Map.Entry.comparingByValue())
                            .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")), true),
            field(CLIENT_ID, "LWA client id", Kind.TEXT, "The client id of the seller's SP-API application", true),
            field(CLIENT_SECRET, "LWA client secret", Kind.SECRET, "Needed before order sync can be switched on, and again whenever the endpoint or token URL changes", false),
            field(REFRESH_TOKEN, "LWA refresh token", Kind.SECRET,
                    "From authorising the application for the seller; needed before order sync can be switched on, "
                            + "and again whenever the endpoint or token URL changes",
                    false),
            field(INTERVAL, "Import interval (seconds)", Kind.NUMBER, "How often new and changed orders are fetched; at least 60", true),
            field(OVERLAP, "Overlap (minutes)", Kind.NUMBER,
                    "How far each import reaches back behind the last one, for orders Amazon indexes late; 0 to 1440",
                    true),
            field(SYNC, "Order sync enabled", Kind.BOOLEAN, "Runs the scheduled import; needs both secrets", false));

    private static final Set<String> NAMES = FIELDS.stream().map(SettingField::name).collect(Collectors.toSet());

    private ChannelForm() {
    }

    /** The shown values: every field but the secrets. */
    static Map<String, String> values(AmazonChannel c) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(SELLER_ID, c.sellerId());
        v.put(ENDPOINT, c.endpoint());
        v.put(TOKEN_URL, c.tokenUrl());
        v.put(MARKETPLACES, String.join(",", c.marketplaceIds()));
        v.put(CLIENT_ID, c.clientId());
        v.put(INTERVAL, Long.toString(c.importIntervalSeconds()));
        v.put(OVERLAP, Integer.toString(c.overlapMinutes()));
        v.put(SYNC, Boolean.toString(c.syncEnabled()));
        return v;
    }

    static List<String> secretsSet(AmazonChannel c) {
        List<String> set = new ArrayList<>();
        if (c.clientSecretSet()) {
            set.add(CLIENT_SECRET);
        }
        if (c.refreshTokenSet()) {
            set.add(REFRESH_TOKEN);
        }
        return set;
    }

    /**
     * Reads changes from the page, checking only what the form itself knows (names, numbers,
     * booleans, blank secrets); the channel's own rules are checked when the edit is applied.
     *
     * @throws SettingsException naming the field
     */
    static ChannelEdit read(Map<String, String> changes) {
        Map<String, String> text = new LinkedHashMap<>();
        Long interval = null;
        Integer overlap = null;
        Boolean sync = null;
        String secret = null;
        String refresh = null;
        for (Map.Entry<String, String> e : changes.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            if (!NAMES.contains(name)) {
                throw new SettingsException(name, "Amazon channels have no setting '" + name + "'");
            }
            if (value == null) {
                continue; // absent: kept
            }
            switch (name) {
                case INTERVAL -> interval = whole(name, value, "seconds");
                case OVERLAP -> overlap = minutes(name, value);
                case SYNC -> sync = bool(name, value);
                case CLIENT_SECRET -> secret = secret(name, value);
                case REFRESH_TOKEN -> refresh = secret(name, value);
                default -> text.put(name, value.strip());
            }
        }
        List<String> marketplaces = text.containsKey(MARKETPLACES) ? marketplaces(text.get(MARKETPLACES)) : null;
        return new ChannelEdit(text, marketplaces, interval, overlap, sync,
                secret == null && refresh == null ? null : ChannelSecrets.of(secret, refresh));
    }

    /**
     * The channel's refusal as the page wants it: the first bad field, all messages. A problem
     * with something the form does not show (the channel's name, its time compression) names no field.
     */
    static SettingsException refusal(InvalidChannelException e) {
        return refusal(e, NAMES);
    }

    /** The same for a form with the fields {@code names}. */
    static SettingsException refusal(InvalidChannelException e, Set<String> names) {
        Problem first = e.details().get(0);
        String field = "marketplaceIds".equals(first.field()) ? MARKETPLACES : first.field();
        String message = String.join("; ", e.problems());
        return new SettingsException(names.contains(field) ? field : null,
                Character.toUpperCase(message.charAt(0)) + message.substring(1));
    }

    /** "Amazon DE FR — seller A2SELLER": the countries of the marketplaces, in their order. */
    static String title(AmazonChannel c) {
        Set<String> countries = new LinkedHashSet<>();
        c.marketplaceIds().forEach(id -> countries.add(AmazonMarketplaces.COUNTRIES.getOrDefault(id, id)));
        return "Amazon " + String.join(" ", countries) + " — seller " + c.sellerId();
    }

    private static List<String> marketplaces(String value) {
        // Duplicates dropped, order kept: "DE, FR, DE" is the same two marketplaces.
        return List.copyOf(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static long whole(String name, String value, String unit) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new SettingsException(name, "'" + value + "' is not a whole number of " + unit);
        }
    }

    private static int minutes(String name, String value) {
        long m = whole(name, value, "minutes");
        if (m < Integer.MIN_VALUE || m > Integer.MAX_VALUE) {
            throw new SettingsException(name, "overlap must be 0 to 1440 minutes, got " + value.strip());
        }
        return (int) m;
    }

    private static boolean bool(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SettingsException(name, "'" + value + "' is neither true nor false");
        };
    }

    /**
     * The page sends a secret only when one was typed; a blank one would mean "remove", which the
     * channel does not offer (a sync without its credentials would only fail), so it is refused
     * rather than silently ignored.
     */
    private static String secret(String name, String value) {
        if (value.isBlank()) {
            throw new SettingsException(name, (CLIENT_SECRET.equals(name) ? "The LWA client secret"
                    : "The LWA refresh token") + " cannot be removed, only replaced: type the new value");
        }
        return value;
    }

    private static SettingField field(String name, String label, Kind kind, String help, boolean required) {
        return new SettingField(name, label, kind, help, required, null);
    }
}

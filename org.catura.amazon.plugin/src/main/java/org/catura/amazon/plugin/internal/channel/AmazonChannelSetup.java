package org.catura.amazon.plugin.internal.channel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.AmazonRegion;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.amazon.plugin.api.InvalidChannelException.Problem;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingField.Kind;
import org.catura.core.api.channel.ChannelSetup;

/**
 * A new Amazon channel from nothing, for the "New Amazon channel" page, {@code POST /api/channels}
 * and {@code catura channels add}: the region sets Amazon's endpoint and token URL, marketplaces
 * are picked by country, order sync starts off. An endpoint and token URL of one's own are asked
 * for, and accepted, only where the operator allowed hosts besides Amazon's.
 */
public final class AmazonChannelSetup implements ChannelSetup {

    static final String NAME = "name";
    static final String REGION = "region";

    private final ChannelService channels;

    public AmazonChannelSetup(ChannelService channels) {
        this.channels = channels;
    }

    @Override
    public String kind() {
        return "amazon";
    }

    @Override
    public String title() {
        return "New Amazon channel";
    }

    @Override
    public List<SettingField> fields() {
        List<SettingField> fields = new ArrayList<>(List.of(
                new SettingField(NAME, "Channel name", Kind.TEXT,
                        "Stored with every order; lower-case letters, digits, '-' and '_' (e.g. amazon-eu)", true, null),
                new SettingField(REGION, "Region", Kind.CHOICE, "The seller account's SP-API region — EU: Europe and "
                        + "the UK (" + AmazonRegion.EU.endpoint() + "), NA: the Americas, FE: the Far East", true,
                        Arrays.stream(AmazonRegion.values()).map(Enum::name).toList()),
                new SettingField(ChannelForm.MARKETPLACES, "Marketplaces", Kind.CHOICES,
                        "The marketplaces whose orders are imported", true, countries()),
                new SettingField(ChannelForm.SELLER_ID, "Seller id", Kind.TEXT,
                        "The merchant token of the seller account (Seller Central → Settings → Account info → "
                                + "Merchant token)", true, null),
                new SettingField(ChannelForm.CLIENT_ID, "LWA client id", Kind.TEXT,
                        "The client id of the seller's SP-API app (amzn1.application-oa2-client.…)", true, null),
                new SettingField(ChannelForm.CLIENT_SECRET, "LWA client secret", Kind.SECRET,
                        "The app's client secret; stored encrypted, never shown again", true, null),
                new SettingField(ChannelForm.REFRESH_TOKEN, "LWA refresh token", Kind.SECRET,
                        "From authorising the app for the seller (Atzr|…); stored encrypted, never shown again", true,
                        null)));
        AllowedHosts hosts = channels.hosts();
        if (hosts.othersAllowed()) {
            String allowed = "Only besides Amazon's hosts: " + String.join(", ", hosts.entries())
                    + " (amazon.allowedHosts). Leave empty for Amazon's host of the region.";
            fields.add(new SettingField(ChannelForm.ENDPOINT, "SP-API endpoint", Kind.URL, allowed, false, null));
            fields.add(new SettingField(ChannelForm.TOKEN_URL, "LWA token URL", Kind.URL, allowed, false, null));
        }
        return fields;
    }

    @Override
    public String create(Map<String, String> values, String who) {
        String name = text(values, NAME);
        try {
            AmazonChannel channel = read(name, values);
            ChannelSecrets secrets = ChannelSecrets.of(values.get(ChannelForm.CLIENT_SECRET),
                    values.get(ChannelForm.REFRESH_TOKEN));
            return channels.create(channel, secrets, who).name();
        } catch (InvalidChannelException e) {
            throw ChannelForm.refusal(e, names());
        }
    }

    /**
     * The fields a new channel may name. An endpoint and token URL are read even where they are not
     * offered, so that their refusal names the host and how an operator would allow it.
     */
    private Set<String> names() {
        Set<String> names = fields().stream().map(SettingField::name).collect(Collectors.toSet());
        names.add(ChannelForm.ENDPOINT);
        names.add(ChannelForm.TOKEN_URL);
        return names;
    }

    private AmazonChannel read(String name, Map<String, String> values) {
        Set<String> known = names();
        List<Problem> problems = new ArrayList<>();
        for (String field : values.keySet()) {
            if (!known.contains(field)) {
                problems.add(new Problem(field, "a new Amazon channel has no field '" + field + "' (fields: "
                        + String.join(", ", fields().stream().map(SettingField::name).toList()) + ")"));
            }
        }
        String regionName = text(values, REGION);
        AmazonRegion region = AmazonRegion.of(regionName);
        if (region == null) {
            problems.add(new Problem(REGION, regionName == null ? "region is missing: EU, NA or FE"
                    : "region '" + regionName + "' is none of EU, NA, FE"));
        }
        List<String> ids = new ArrayList<>();
        String typed = text(values, ChannelForm.MARKETPLACES);
        for (String country : typed == null ? List.<String>of() : split(typed)) {
            Optional<String> id = AmazonMarketplaces.isKnown(country) ? Optional.of(country)
                    : AmazonMarketplaces.byCountry(country);
            if (id.isEmpty()) {
                problems.add(new Problem("marketplaceIds", "marketplace '" + country + "' is not one Catura knows ("
                        + String.join(", ", countries()) + ")"));
            } else if (region != null && AmazonMarketplaces.region(id.get()) != region) {
                problems.add(new Problem("marketplaceIds", AmazonMarketplaces.NAMES.get(id.get())
                        + " is served by region " + AmazonMarketplaces.region(id.get()) + ", not " + region));
            } else if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
        }
        for (String secret : List.of(ChannelForm.CLIENT_SECRET, ChannelForm.REFRESH_TOKEN)) {
            if (values.get(secret) == null || values.get(secret).isBlank()) {
                problems.add(new Problem(secret, (secret.equals(ChannelForm.CLIENT_SECRET) ? "LWA client secret"
                        : "LWA refresh token") + " is missing: a new channel needs it to sign in"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChannelException(name, problems);
        }
        String endpoint = text(values, ChannelForm.ENDPOINT);
        String tokenUrl = text(values, ChannelForm.TOKEN_URL);
        // a blank marketplace list is refused by the channel's own rules, with their message
        return AmazonChannel.of(name, text(values, ChannelForm.SELLER_ID),
                endpoint != null ? endpoint : region.endpoint(), tokenUrl != null ? tokenUrl : region.tokenUrl(), ids,
                text(values, ChannelForm.CLIENT_ID));
    }

    /** The country names, sorted: what a person picks marketplaces by. */
    static List<String> countries() {
        return AmazonMarketplaces.NAMES.values().stream().sorted().toList();
    }

    private static List<String> split(String value) {
        return List.copyOf(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static String text(Map<String, String> values, String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}

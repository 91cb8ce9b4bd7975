package org.catura.sandbox.spapi;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.spapi.model.GetMarketplaceParticipationsResponse;
import org.catura.sandbox.spapi.model.Marketplace;
import org.catura.sandbox.spapi.model.MarketplaceParticipation;
import org.catura.sandbox.spapi.model.Participation;

/**
 * The seller account behind the sandbox, as the Sellers API shows it: every marketplace of the
 * region is listed (Amazon lists those the seller can sell in), each with whether the seller
 * participates. By default the seller participates in all of them.
 */
public final class SandboxSellers {

    /** Amazon's default language per marketplace (Sellers API {@code defaultLanguageCode}). */
    private static final Map<DemoMarketplace, String> LANGUAGES = Map.of(DemoMarketplace.DE, "de_DE",
            DemoMarketplace.FR, "fr_FR", DemoMarketplace.IT, "it_IT", DemoMarketplace.ES, "es_ES",
            DemoMarketplace.NL, "nl_NL", DemoMarketplace.UK, "en_GB", DemoMarketplace.BE, "fr_BE",
            DemoMarketplace.PL, "pl_PL", DemoMarketplace.SE, "sv_SE");
    static final String STORE_NAME = "Catura Sandbox Store";

    private volatile Set<DemoMarketplace> participating = EnumSet.allOf(DemoMarketplace.class);

    /** From now on the seller participates only in these marketplaces (by id); the others are listed as not. */
    public void participateOnlyIn(List<String> marketplaceIds) {
        EnumSet<DemoMarketplace> chosen = EnumSet.noneOf(DemoMarketplace.class);
        for (DemoMarketplace m : DemoMarketplace.values()) {
            if (marketplaceIds.contains(m.marketplaceId())) {
                chosen.add(m);
            }
        }
        participating = chosen;
    }

    GetMarketplaceParticipationsResponse participations() {
        GetMarketplaceParticipationsResponse answer = new GetMarketplaceParticipationsResponse();
        for (DemoMarketplace m : DemoMarketplace.values()) {
            String domain = "www." + m.relayMailDomain().substring("marketplace.".length());
            answer.addPayloadItem(new MarketplaceParticipation()
                    .marketplace(new Marketplace().id(m.marketplaceId()).name(name(domain)).countryCode(m.countryCode())
                            .defaultCurrencyCode(m.currency()).defaultLanguageCode(LANGUAGES.get(m)).domainName(domain))
                    .participation(new Participation().isParticipating(participating.contains(m))
                            .hasSuspendedListings(false))
                    .storeName(STORE_NAME));
        }
        return answer;
    }

    /** "Amazon.de" from "www.amazon.de", as Amazon names its marketplaces. */
    private static String name(String domain) {
        String bare = domain.substring("www.".length());
        return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }
}

package org.catura.core.internal.station.salesorder;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.erp.EuCountries;
import org.catura.core.api.erp.TaxExemption;
import org.catura.core.api.erp.VatId;

/**
 * Decides how a sale of goods is taxed, as the seller's ERP must, from where the goods go, who
 * buys them and how the seller is registered — never from what the channel charged. Pure: the
 * station looks the decided rate up in the ERP.
 * <ul>
 * <li>to the seller's own country: the seller's rate (domestic sale);</li>
 * <li>to a business in another member state with a valid-looking VAT id of a member state other
 * than the seller's: 0 %, tax-exempt intra-Community supply, the buyer accounts for the VAT;</li>
 * <li>to a consumer in another member state: the destination's rate when the seller declares
 * distance sales through the One-Stop-Shop, else the seller's (below the EU-wide threshold);</li>
 * <li>out of the EU: 0 %, tax-exempt export, unless the seller is registered for VAT there and
 * charges it (the ERP's setting {@code localVatCountries}).</li>
 * </ul>
 */
final class TaxDetermination {

    /** How a sale is taxed and whose rate applies ({@code rateCountry} null for the 0 % treatments). */
    enum Treatment {
        DOMESTIC("domestic sale"),
        DISTANCE_SALE_OSS("EU distance sale, destination's VAT through the OSS"),
        DISTANCE_SALE_DOMESTIC("EU distance sale without OSS, the seller's VAT"),
        INTRA_COMMUNITY_SUPPLY("intra-Community supply to a business with a VAT id, 0 %"),
        EXPORT("export out of the EU, 0 %"),
        REGISTERED_ABROAD("sale into a country outside the EU where the seller is registered, its VAT");

        final String description;

        Treatment(String description) {
            this.description = description;
        }
    }

    record Decision(Treatment treatment, String rateCountry, TaxExemption exemption) {

        boolean exempt() {
            return exemption != null;
        }
    }

    /** What the seller's registrations say, from the ERP's company and tax settings. */
    record Seller(String countryCode, boolean oss, Set<String> localVatCountries) {
    }

    private TaxDetermination() {
    }

    /**
     * @param destination the country the goods go to (ISO alpha-2)
     * @param buyerVatId  the buyer's VAT id as the channel gave it, or null
     * @return empty when the seller's or the destination's country is unknown
     */
    static Optional<Decision> decide(Seller seller, String destination, String buyerVatId) {
        String from = code(seller.countryCode());
        String to = code(destination);
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (to.equals(from)) {
            return Optional.of(new Decision(Treatment.DOMESTIC, from, null));
        }
        boolean sellerInEu = EuCountries.contains(from);
        if (sellerInEu && EuCountries.contains(to)) {
            Optional<VatId> vatId = VatId.parse(buyerVatId);
            if (vatId.isPresent() && EuCountries.contains(vatId.get().countryCode())
                    && !vatId.get().countryCode().equals(from)) {
                return Optional.of(new Decision(Treatment.INTRA_COMMUNITY_SUPPLY, null,
                        TaxExemption.INTRA_COMMUNITY_SUPPLY));
            }
            return Optional.of(seller.oss() ? new Decision(Treatment.DISTANCE_SALE_OSS, to, null)
                    : new Decision(Treatment.DISTANCE_SALE_DOMESTIC, from, null));
        }
        if (seller.localVatCountries().stream().map(TaxDetermination::code).anyMatch(to::equals)) {
            return Optional.of(new Decision(Treatment.REGISTERED_ABROAD, to, null));
        }
        return Optional.of(new Decision(Treatment.EXPORT, null, TaxExemption.EXPORT));
    }

    /** ISO alpha-2 upper case; UK (the VAT and Amazon shorthand) is GB, EL (Greece's VAT prefix) GR. */
    static String code(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String c = country.strip().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "UK" -> "GB";
            case "EL" -> "GR";
            default -> c;
        };
    }
}

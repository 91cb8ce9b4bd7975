package org.catura.webui.internal.pages;

import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Erp;

/**
 * A clerk looking for a customer by one text (name, e-mail, postal code or customer number), for
 * the desk and {@code GET /api/partners} alike, so both say the same when nothing can be searched
 * or nothing is found.
 */
public final class PartnerSearch {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    /**
     * What was searched, the hits, and a sentence for the clerk when there is nothing to show;
     * {@code tooShort}: the text was not searched at all.
     */
    public record Result(String text, int limit, List<BusinessPartner> partners, String problem, boolean tooShort) {

        public Result {
            partners = List.copyOf(partners);
        }
    }

    private final Erp erp;

    public PartnerSearch(Erp erp) {
        this.erp = erp;
    }

    /** Searches; a missing text gives an empty result without a problem (nothing asked yet). */
    public Result find(Tx tx, String text, int limit) {
        int bounded = Math.max(1, Math.min(MAX_LIMIT, limit));
        if (text == null || text.isBlank()) {
            return new Result(null, bounded, List.of(), null, false);
        }
        String t = text.strip();
        if (t.codePointCount(0, t.length()) < BusinessPartners.MIN_SEARCH_LENGTH) {
            return new Result(t, bounded, List.of(), "'" + t + "' is too short to search for: type at least "
                    + BusinessPartners.MIN_SEARCH_LENGTH + " characters of a name, e-mail, postal code or customer"
                    + " number.", true);
        }
        List<BusinessPartner> found = erp.businessPartners().search(tx, t, bounded);
        return new Result(t, bounded, found, found.isEmpty() ? "No active customer matches '" + t + "'. Search by"
                + " a part of the name or company, the e-mail address, the postal code (e.g. 10115) or the customer"
                + " number." : null, false);
    }
}

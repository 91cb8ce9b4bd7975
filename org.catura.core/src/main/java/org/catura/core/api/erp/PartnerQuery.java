package org.catura.core.api.erp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@link BusinessPartners#search} is asked for, checked once for every ERP: the text as typed
 * without surrounding blanks, and how many partners at most.
 */
public record PartnerQuery(String text, int limit) {

    /** More words than this are not a name any more; the rest are ignored. */
    static final int MAX_WORDS = 8;

    public PartnerQuery {
        String t = text == null ? "" : text.strip();
        if (t.codePointCount(0, t.length()) < BusinessPartners.MIN_SEARCH_LENGTH) {
            throw new ErpException("Search for at least " + BusinessPartners.MIN_SEARCH_LENGTH
                    + " characters of a name, e-mail, postal code or customer number; '" + t + "' is too short");
        }
        if (limit < 1) {
            throw new ErpException("A partner search needs a limit of at least 1, was " + limit);
        }
        text = t;
    }

    /** The words of the text, for names written the other way round ("Müller Anna"). */
    public List<String> words() {
        return Arrays.stream(text.split("\\s+")).limit(MAX_WORDS).toList();
    }

    /** The text as a postal code is compared: without spaces, upper case ("sw1a 1aa" is "SW1A1AA"). */
    public String postal() {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}

package org.catura.core.api.erp;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Business partners (customers), their addresses and contacts. */
public interface BusinessPartners {

    Optional<BusinessPartner> get(Tx tx, int bpartnerId);

    /** Partners having a contact with this e-mail address (case-insensitive). */
    List<BusinessPartner> findByEmail(Tx tx, String email);

    /** Partners having a location with this postal code in this country: candidates for a name match. */
    List<BusinessPartner> findByPostal(Tx tx, String postal, String countryCode);

    /** The shortest text {@link #search} accepts; one letter would match half the customers. */
    int MIN_SEARCH_LENGTH = 2;

    /**
     * Active customers a person looks for by one text: their customer number (Value), the e-mail of
     * a contact, a postal code (spaces ignored), or their name or Name2 (where a business buyer's
     * company stands). Case is ignored; numbers, e-mails and postal codes match from the start, names
     * anywhere (every word of the text somewhere in the name). Best hits first: an exact customer
     * number, e-mail or postal code, then names starting with the text, then the other partial
     * matches; at most {@code limit} partners, each with its active locations and contacts.
     *
     * @throws ErpException when the text is shorter than {@link #MIN_SEARCH_LENGTH} or the limit not positive
     */
    List<BusinessPartner> search(Tx tx, String text, int limit);

    BusinessPartner create(Tx tx, BusinessPartnerDraft draft);

    /** Adds a location and returns its C_BPartner_Location_ID. */
    int addLocation(Tx tx, int bpartnerId, String name, Location location, boolean shipTo, boolean billTo,
            String phone);

    /** Adds a contact and returns its AD_User_ID. */
    int addContact(Tx tx, int bpartnerId, String name, String email, String phone);
}

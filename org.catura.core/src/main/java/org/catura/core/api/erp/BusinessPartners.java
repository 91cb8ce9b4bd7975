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

    BusinessPartner create(Tx tx, BusinessPartnerDraft draft);

    /** Adds a location and returns its C_BPartner_Location_ID. */
    int addLocation(Tx tx, int bpartnerId, String name, Location location, boolean shipTo, boolean billTo,
            String phone);

    /** Adds a contact and returns its AD_User_ID. */
    int addContact(Tx tx, int bpartnerId, String name, String email, String phone);
}

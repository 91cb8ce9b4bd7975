package org.catura.core.api.customer;

import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.PostalAddress;

/**
 * Finds a business partner's location for a postal address and its contact for a buyer, adding
 * them when the partner has none yet: the customer station and a clerk choosing another customer
 * both address partners through it, so an address is one location however it was typed. Two
 * addresses are the same place when street line, postal code and country agree in core's normal
 * form (case, accents, spacing and street abbreviations aside); a contact is the same person by
 * e-mail, or by name (in any word order) when there is no e-mail.
 */
public final class PartnerAddressing {

    /** C_BPartner_Location.Name holds 60 characters. */
    private static final int LOCATION_NAME = 60;

    private final Erp erp;

    public PartnerAddressing(Erp erp) {
        this.erp = erp;
    }

    /**
     * The partner's location for {@code address}, added when it has none, named "city, street" cut
     * to the column: the name is only a label, the address itself is stored whole beside it.
     */
    public int location(Tx tx, BusinessPartner partner, Location address, boolean shipTo, boolean billTo,
            String phone) {
        Optional<BPartnerLocation> known = findLocation(partner, address);
        if (known.isPresent()) {
            return known.get().id();
        }
        String name = address.city() + ", " + address.address1();
        if (name.length() > LOCATION_NAME) {
            name = name.substring(0, LOCATION_NAME - 1) + "…";
        }
        return erp.businessPartners().addLocation(tx, partner.id(), name, address, shipTo, billTo, phone);
    }

    /**
     * The partner's contact for this person, added when it has none.
     *
     * @return the contact's AD_User_ID; 0 when there is neither a name nor an e-mail to go by
     */
    public int contact(Tx tx, BusinessPartner partner, String name, String email, String phone) {
        Optional<Contact> known = findContact(partner, name, email);
        if (known.isPresent()) {
            return known.get().id();
        }
        String who = blankToNull(name) != null ? name.strip() : blankToNull(email);
        if (who == null) {
            return 0;
        }
        return erp.businessPartners().addContact(tx, partner.id(), who, blankToNull(email), phone);
    }

    /** The partner's location at the same place as {@code address}, if it has one. */
    public static Optional<BPartnerLocation> findLocation(BusinessPartner partner, Location address) {
        return partner.locations().stream().filter(l -> samePlace(l.location(), address)).findFirst();
    }

    /** The partner's contact with this e-mail, or with this name when the e-mail is missing. */
    public static Optional<Contact> findContact(BusinessPartner partner, String name, String email) {
        String e = NormalForm.email(email);
        String n = NormalForm.name(name);
        return partner.contacts().stream()
                .filter(c -> !e.isEmpty() ? e.equals(NormalForm.email(c.email()))
                        : !n.isEmpty() && n.equals(NormalForm.name(c.name())))
                .findFirst();
    }

    /** Street line, postal code and country agree: "12 Baker St" and "12 baker street" are one place. */
    public static boolean samePlace(Location a, Location b) {
        return NormalForm.street(a.address1()).equals(NormalForm.street(b.address1()))
                && NormalForm.postal(a.postal()).equals(NormalForm.postal(b.postal()))
                && NormalForm.country(a.countryCode()).equals(NormalForm.country(b.countryCode()));
    }

    /** A marketplace address as the ERP stores it; the company goes to the fourth address line. */
    public static Location location(PostalAddress a) {
        return new Location(a.addressLine1(), a.addressLine2(), a.addressLine3(), a.companyName(), a.city(),
                a.postalCode(), a.stateOrRegion(), a.countryCode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

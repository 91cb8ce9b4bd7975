package org.catura.core.internal.station.customer;

import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.IssueCode;
import org.catura.core.internal.process.OrderIssues;

/**
 * The widths of the ERP columns a buyer's data goes to, as the embedded ERP's schema (V1) has
 * them; iDempiere's adapter checks its own dictionary again. A value the buyer typed that does not
 * fit is an issue for a clerk, not cut: a street or city cut off sends the parcel astray, and only
 * a person can shorten it sensibly (move part to the second line, abbreviate). Labels core
 * makes up itself, like the location's name, are cut instead (PartnerAddressing), since the whole
 * address is stored beside them.
 */
final class ErpColumns {

    /** C_BPartner.Name. */
    static final int PARTNER_NAME = 120;
    /** C_BPartner.Name2, AD_User.Name, C_BPartner_Location.Name, C_Location.City and RegionName. */
    static final int NAME = 60;
    /** C_Location.Address1..4. */
    static final int ADDRESS_LINE = 255;
    /** C_Location.Postal. */
    static final int POSTAL = 20;
    /** C_BPartner_Location.Phone, AD_User.Phone. */
    static final int PHONE = 40;
    /** AD_User.EMail. */
    static final int EMAIL = 254;

    private final List<OrderIssues.Issue> found = new ArrayList<>();

    /** The fields of {@code address} that do not fit; {@code which} names the address ("delivery address"). */
    ErpColumns address(String which, PostalAddress address) {
        if (address == null) {
            return this;
        }
        check(which + " name", address.name(), NAME);
        check(which + " company", address.companyName(), ADDRESS_LINE);
        check(which + " street (address line 1)", address.addressLine1(), ADDRESS_LINE);
        check(which + " address line 2", address.addressLine2(), ADDRESS_LINE);
        check(which + " address line 3", address.addressLine3(), ADDRESS_LINE);
        check(which + " city", address.city(), NAME);
        check(which + " postal code", address.postalCode(), POSTAL);
        check(which + " region", address.stateOrRegion(), NAME);
        check(which + " phone", address.phone(), PHONE);
        return this;
    }

    ErpColumns check(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            found.add(new OrderIssues.Issue(IssueCode.TOO_LONG, "the " + field + " has " + value.strip().length()
                    + " characters, at most " + max + " fit in the ERP: '" + value.strip()
                    + "'; shorten it at the desk"));
        }
        return this;
    }

    List<OrderIssues.Issue> found() {
        return List.copyOf(found);
    }
}

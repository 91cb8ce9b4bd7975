package org.catura.erp.adempiere.mapping;

import java.util.regex.Pattern;
import org.catura.core.api.erp.BusinessPartnerDraft;

/** Business partner (customer) and contact (AD_User) drafts as ERP column values. */
public final class PartnerColumns {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PartnerColumns() {
    }

    /** C_BPartner: a customer, never a vendor. A null Value lets the ERP take the next number. */
    public static ColumnValues partner(BusinessPartnerDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new IllegalArgumentException("Business partner needs a name (search key '" + draft.value() + "')");
        }
        return new ColumnValues()
                .text("Value", blankToNull(draft.value()))
                .text("Name", draft.name().strip())
                .text("Name2", blankToNull(draft.name2()))
                .text("TaxID", blankToNull(draft.taxId()))
                .flag("IsCustomer", true)
                .flag("IsVendor", false);
    }

    /** AD_User as a contact of the partner; the e-mail, if any, must look like one. */
    public static ColumnValues contact(int bpartnerId, String name, String email, String phone) {
        if (bpartnerId <= 0) {
            throw new IllegalArgumentException("Contact '" + name + "' needs a business partner");
        }
        String mail = blankToNull(email);
        if (mail != null && !EMAIL.matcher(mail.strip()).matches()) {
            throw new IllegalArgumentException("Contact '" + name + "': '" + email + "' is not an e-mail address");
        }
        String contactName = blankToNull(name);
        if (contactName == null) {
            contactName = mail != null ? mail.strip() : null;
        }
        if (contactName == null) {
            throw new IllegalArgumentException("Contact of business partner " + bpartnerId
                    + " needs a name or an e-mail address");
        }
        return new ColumnValues()
                .id("C_BPartner_ID", bpartnerId)
                .text("Name", contactName.strip())
                .text("EMail", mail == null ? null : mail.strip())
                .text("Phone", blankToNull(phone));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.catura.erp.adempiere.mapping;

import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.DocStatus;

/**
 * An editable sales order moved to another business partner, checked and turned into C_Order
 * columns. Columns rather than MOrder's setters: {@code setC_BPartner_Location_ID} and
 * {@code setAD_User_ID} also overwrite the bill-to location and user, so the order of calls
 * would decide what the order ends up with.
 */
public final class PartnerChangeColumns {

    private PartnerChangeColumns() {
    }

    /**
     * @param what      the order, for messages ("Sales order 50012")
     * @param docStatus the order's ERP DocStatus code
     * @param partner   the new partner with its locations and contacts
     * @param contactId 0: the order gets no contact (the old one belongs to the old partner)
     */
    public static ColumnValues columns(String what, String docStatus, BusinessPartner partner, int shipLocationId,
            int billLocationId, int contactId) {
        DocStatus status = DocumentCodes.status(docStatus);
        SalesOrderColumns.require(status.isEditable(), what + " is " + docStatus + " (" + status.name().toLowerCase()
                + "): only a drafted or in-progress order can move to another business partner");
        SalesOrderColumns.require(partner != null, what + ": no business partner");
        String of = " is not a location of business partner " + partner.id() + " " + partner.name();
        SalesOrderColumns.require(hasLocation(partner, shipLocationId), what + ": ship-to location " + shipLocationId + of);
        SalesOrderColumns.require(hasLocation(partner, billLocationId), what + ": bill-to location " + billLocationId + of);
        SalesOrderColumns.require(contactId <= 0 || partner.contacts().stream().map(Contact::id)
                        .anyMatch(id -> id == contactId),
                what + ": contact " + contactId + " is not a contact of business partner " + partner.id() + " "
                        + partner.name());
        return new ColumnValues()
                .id("C_BPartner_ID", partner.id())
                .id("C_BPartner_Location_ID", shipLocationId)
                .id("Bill_BPartner_ID", partner.id())
                .id("Bill_Location_ID", billLocationId)
                .idOrClear("AD_User_ID", contactId)
                .idOrClear("Bill_User_ID", contactId);
    }

    private static boolean hasLocation(BusinessPartner partner, int locationId) {
        return locationId > 0 && partner.locations().stream().map(BPartnerLocation::id).anyMatch(id -> id == locationId);
    }
}

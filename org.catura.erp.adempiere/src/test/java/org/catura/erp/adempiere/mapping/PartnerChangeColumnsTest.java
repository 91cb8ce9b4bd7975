package org.catura.erp.adempiere.mapping;

import static org.catura.erp.adempiere.mapping.SalesOrderColumnsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Location;
import org.junit.jupiter.api.Test;

class PartnerChangeColumnsTest {

    private static final Location BERLIN = new Location("Hauptstraße 5", null, null, null, "Berlin", "10115", null,
            "DE");
    private static final BusinessPartner CHOSEN = new BusinessPartner(1002, "C-1002", "Müller GmbH", null, true, null,
            true, List.of(new BPartnerLocation(2101, "Berlin", BERLIN, true, false, null),
                    new BPartnerLocation(2102, "Invoices", BERLIN, false, true, null)),
            List.of(new Contact(3101, "Hans Müller", "hans@example.com", null)));

    @Test
    void partnerShipToBillToAndContactAllMove() {
        ColumnValues v = PartnerChangeColumns.columns("Sales order 50012", "DR", CHOSEN, 2101, 2102, 3101);
        assertEquals(List.of("C_BPartner_ID", "C_BPartner_Location_ID", "Bill_BPartner_ID", "Bill_Location_ID",
                "AD_User_ID", "Bill_User_ID"), List.copyOf(v.asMap().keySet()));
        assertEquals(1002, v.get("C_BPartner_ID"));
        assertEquals(1002, v.get("Bill_BPartner_ID"));
        assertEquals(2101, v.get("C_BPartner_Location_ID"));
        assertEquals(2102, v.get("Bill_Location_ID"));
        assertEquals(3101, v.get("AD_User_ID"));
        assertEquals(3101, v.get("Bill_User_ID"));
    }

    @Test
    void withoutAContactTheOldPartnersContactIsCleared() {
        ColumnValues v = PartnerChangeColumns.columns("Sales order 50012", "IP", CHOSEN, 2101, 2101, 0);
        assertTrue(v.has("AD_User_ID") && v.has("Bill_User_ID"), "written, as null");
        assertNull(v.get("AD_User_ID"));
        assertNull(v.get("Bill_User_ID"));
    }

    @Test
    void aCompletedOrderOrSomeoneElsesLocationOrContactIsRefused() {
        assertMessage("Sales order 50012 is CO (completed): only a drafted or in-progress order can move",
                () -> PartnerChangeColumns.columns("Sales order 50012", "CO", CHOSEN, 2101, 2101, 0));
        assertMessage("is VO (voided)",
                () -> PartnerChangeColumns.columns("Sales order 50012", "VO", CHOSEN, 2101, 2101, 0));
        assertMessage("ship-to location 9999 is not a location of business partner 1002 Müller GmbH",
                () -> PartnerChangeColumns.columns("Sales order 50012", "DR", CHOSEN, 9999, 2101, 0));
        assertMessage("bill-to location 0 is not a location of business partner 1002",
                () -> PartnerChangeColumns.columns("Sales order 50012", "DR", CHOSEN, 2101, 0, 0));
        assertMessage("contact 3999 is not a contact of business partner 1002",
                () -> PartnerChangeColumns.columns("Sales order 50012", "DR", CHOSEN, 2101, 2101, 3999));
    }
}

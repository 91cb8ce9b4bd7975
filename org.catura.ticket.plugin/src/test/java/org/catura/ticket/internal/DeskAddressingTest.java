package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderState;
import org.catura.testing.TestOrder;
import org.junit.jupiter.api.Test;

/** The desk addresses a chosen customer by the customer station's rule: one place is one location. */
class DeskAddressingTest extends TicketTestBase {

    @Test
    void aChosenCustomersLocationTypedWithTheStreetAbbreviatedIsTheOneTheOrderUses() {
        ImportedOrder o = order("NOPE-404");
        PostalAddress baker = new PostalAddress("Hans Müller", null, "12 Baker St", null, null, "London", null, null,
                "NW1 6XE", "GB", "+44 20 7946 0000", "Residential");
        long orderId = handIn(TestOrder.from(o).shipTo(baker).build());
        runUntil(orderId, v -> v.state() == OrderState.MANUAL_QUEUE);
        BusinessPartner company = tx(x -> erp.businessPartners().create(x,
                new BusinessPartnerDraft(null, "Baker Holdings Ltd", null, true, null)));
        int office = tx(x -> erp.businessPartners().addLocation(x, company.id(), "Office",
                new Location("12 baker street", null, null, null, "London", "nw1 6xe", null, "GB"), true, true, null));
        tx(x -> desk.claim(x, orderId, "anna"));

        tx(x -> { desk.chooseCustomer(x, orderId, "anna", company.id(), "the company ordered"); return null; });

        assertEquals(office, salesOrder(orderId).shipLocationId());
        assertEquals(office, salesOrder(orderId).billLocationId());
        assertEquals(1, tx(x -> erp.businessPartners().get(x, company.id())).orElseThrow().locations().size(),
                "\"12 Baker St\" and \"12 baker street\" are one location, as for the customer station");
    }
}

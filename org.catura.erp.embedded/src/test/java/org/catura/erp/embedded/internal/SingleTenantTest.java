package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catura.core.api.erp.ErpException;
import org.junit.jupiter.api.Test;

class SingleTenantTest extends ErpTestBase {

    @Test
    void aCallForTheStandaloneTenantIsServed() {
        assertTrue(db.inTransaction(SingleTenant.CLIENT_ID, t -> erp.charges().findByName(t, "No such charge"))
                .isEmpty());
    }

    @Test
    void aCallForAnotherTenantIsRefusedAndSaysWhatToDo() {
        ErpException e = assertThrows(ErpException.class,
                () -> db.inTransaction(1000042, t -> erp.charges().findByName(t, "Shipping")));
        assertEquals("The embedded ERP has only tenant 1000000 and refuses Charges.findByName for tenant 1000042:"
                + " give the channel tenant 1000000 or run Catura inside iDempiere, which has every tenant",
                e.getMessage());
    }
}

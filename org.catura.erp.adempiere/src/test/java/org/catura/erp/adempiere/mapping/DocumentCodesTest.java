package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCodesTest {

    @ParameterizedTest
    @CsvSource({"DR,DRAFTED", "??,DRAFTED", "IP,IN_PROGRESS", "IN,IN_PROGRESS", "AP,IN_PROGRESS",
            "NA,IN_PROGRESS", "WC,IN_PROGRESS", "WP,IN_PROGRESS", "CO,COMPLETED", "CL,CLOSED", "VO,VOIDED",
            "RE,VOIDED"})
    void everyErpStatusHasAPortStatus(String code, DocStatus expected) {
        assertEquals(expected, DocumentCodes.status(code));
    }

    @Test
    void unknownStatusIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentCodes.status("XX"));
        assertTrue(e.getMessage().contains("'XX'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocumentCodes.status(null));
    }

    @Test
    void portActionsUseTheErpCodesAndRoundTrip() {
        for (DocAction a : DocAction.values()) {
            String code = DocumentCodes.erpAction(a);
            assertEquals(2, code.length());
            assertEquals(a, DocAction.ofCode(code), "round trip of " + a);
        }
        assertEquals("CO", DocumentCodes.erpAction(DocAction.COMPLETE));
        assertEquals("RE", DocumentCodes.erpAction(DocAction.REACTIVATE));
    }

    @Test
    void precheckFollowsThePortRules() {
        assertDoesNotThrow(() -> DocumentCodes.checkAllowed("Order 1", "DR", DocAction.COMPLETE));
        assertDoesNotThrow(() -> DocumentCodes.checkAllowed("Order 1", "IN", DocAction.COMPLETE));
        DocActionException e = assertThrows(DocActionException.class,
                () -> DocumentCodes.checkAllowed("Order 1", "CO", DocAction.COMPLETE));
        assertTrue(e.getMessage().startsWith("Order 1: cannot complete"), e.getMessage());
        assertThrows(DocActionException.class, () -> DocumentCodes.checkAllowed("Order 1", "RE", DocAction.VOID));
        assertThrows(DocActionException.class, () -> DocumentCodes.checkAllowed("Order 1", "DR", DocAction.CLOSE));
    }

    @Test
    void refusalCarriesTheErpMessage() {
        DocActionException e = DocumentCodes.refused("Invoice 77", DocAction.COMPLETE, " Period closed ");
        assertEquals("Invoice 77: the ERP refused to complete: Period closed", e.getMessage());
        assertTrue(DocumentCodes.refused("Invoice 77", DocAction.VOID, null).getMessage()
                .endsWith("the ERP gave no reason"));
    }
}

package org.catura.core.api.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocActionTest {

    @Test
    void followsIdempiereDocumentStatusRules() {
        assertTrue(DocAction.COMPLETE.allowedFrom(DocStatus.DRAFTED));
        assertTrue(DocAction.COMPLETE.allowedFrom(DocStatus.IN_PROGRESS));
        assertFalse(DocAction.COMPLETE.allowedFrom(DocStatus.VOIDED), "a voided document cannot be completed");
        assertFalse(DocAction.COMPLETE.allowedFrom(DocStatus.COMPLETED));
        assertTrue(DocAction.CLOSE.allowedFrom(DocStatus.COMPLETED));
        assertFalse(DocAction.VOID.allowedFrom(DocStatus.CLOSED), "a closed document is final");
        assertTrue(DocAction.REACTIVATE.allowedFrom(DocStatus.COMPLETED));
        assertEquals(DocStatus.IN_PROGRESS, DocAction.REACTIVATE.target());
        assertFalse(DocStatus.COMPLETED.isEditable());
        assertTrue(DocStatus.DRAFTED.isEditable());
    }

    @Test
    void aRefusalNamesTheDocumentAndItsStatus() {
        DocActionException e = assertThrows(DocActionException.class,
                () -> DocAction.COMPLETE.checkAllowed("Order 1000123", DocStatus.VOIDED));
        assertEquals("Order 1000123: cannot complete a document in status VO (voided)", e.getMessage());
    }

    @Test
    void codesRoundTrip() {
        for (DocStatus s : DocStatus.values()) {
            assertEquals(s, DocStatus.ofCode(s.code()));
        }
        for (DocAction a : DocAction.values()) {
            assertEquals(a, DocAction.ofCode(a.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> DocStatus.ofCode("XX"));
    }
}

package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PO.set_ValueOfColumnReturningBoolean answers false for a refused write; that must not pass silently. */
class ColumnWritesTest {

    @Test
    void everyValueIsWrittenInOrderWhenTheErpTakesThem() {
        List<String> written = new ArrayList<>();
        new ColumnValues().text("Name", "Ada").id("C_BP_Group_ID", 104).flag("IsCustomer", true)
                .writeTo("Business partner 'Ada'", "C_BPartner", (column, value) -> written.add(column + "=" + value));
        assertEquals(List.of("Name=Ada", "C_BP_Group_ID=104", "IsCustomer=true"), written);
    }

    @Test
    void aRefusedWriteIsAnErrorNamingTableColumnAndValueAndStopsThere() {
        List<String> tried = new ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ColumnValues().text("Name", "Ada").text("Name2", "Lovelace").text("TaxID", "DE1")
                        .writeTo("Business partner 'Ada'", "C_BPartner", (column, value) -> {
                            tried.add(column);
                            return !column.equals("Name2");
                        }));
        assertEquals(List.of("Name", "Name2"), tried, "nothing after the refused column");
        assertTrue(e.getMessage().startsWith("Business partner 'Ada': the ERP refused the value 'Lovelace' for"
                + " C_BPartner.Name2 ("), e.getMessage());
        assertTrue(e.getMessage().contains("Table and Column window"), e.getMessage());
    }

    @Test
    void aRefusedClearSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnValues.write("Sales order 1000", "C_Order", "AD_User_ID", null, (c, v) -> false));
        assertTrue(e.getMessage().startsWith("Sales order 1000: the ERP refused to clear C_Order.AD_User_ID ("),
                e.getMessage());
    }
}

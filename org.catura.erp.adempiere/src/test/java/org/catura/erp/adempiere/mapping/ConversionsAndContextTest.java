package org.catura.erp.adempiere.mapping;

import static org.catura.erp.adempiere.mapping.SalesOrderColumnsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConversionsAndContextTest {

    @Test
    void datesRoundTripThroughLocalMidnight() {
        LocalDate d = LocalDate.of(2026, 12, 31);
        Timestamp ts = Conversions.timestamp(d);
        assertEquals(Timestamp.valueOf("2026-12-31 00:00:00"), ts);
        assertEquals(d, Conversions.date(ts));
        assertNull(Conversions.date(null));
        assertNull(Conversions.timestamp(null));
    }

    @Test
    void numbersFromEitherErpBecomeBigDecimal() {
        // ShelfWidth is an int in one ERP and a BigDecimal in the other.
        assertEquals(new BigDecimal("30"), Conversions.decimal(30));
        assertEquals(new BigDecimal("12.5"), Conversions.decimal(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("0.25"), Conversions.decimal(0.25d));
        assertEquals(BigDecimal.ZERO, Conversions.decimal(null));
        assertMessage("Not a number: 'abc'", () -> Conversions.decimal("abc"));
    }

    @Test
    void idsAndFlags() {
        assertEquals(0, Conversions.id(null));
        assertEquals(0, Conversions.id(-1));
        assertEquals(1000001, Conversions.id(new BigDecimal("1000001")));
        assertTrue(Conversions.flag("Y"));
        assertTrue(Conversions.flag(Boolean.TRUE));
        assertFalse(Conversions.flag("N"));
        assertFalse(Conversions.flag(null));
        assertNull(Conversions.text("  "));
    }

    @Test
    void contextCarriesTheTenant() {
        Properties ctx = new ErpContext(11, 50000, 100, 102, null).toProperties();
        assertEquals("11", ctx.getProperty("#AD_Client_ID"));
        assertEquals("50000", ctx.getProperty("#AD_Org_ID"));
        assertEquals("100", ctx.getProperty("#AD_User_ID"));
        assertEquals("102", ctx.getProperty("#AD_Role_ID"));
        assertEquals("en_US", ctx.getProperty("#AD_Language"));
    }

    @Test
    void contextRefusesTheSystemClient() {
        assertMessage("set clientId in configuration org.catura.erp.adempiere",
                () -> new ErpContext(0, 0, 100, 0, "en_US"));
        assertMessage("cannot be negative", () -> new ErpContext(11, -1, 100, 0, "en_US"));
    }
}

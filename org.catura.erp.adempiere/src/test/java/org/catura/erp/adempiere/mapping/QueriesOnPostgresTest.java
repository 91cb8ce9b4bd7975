package org.catura.erp.adempiere.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every query shape on real PostgreSQL, on a subset of iDempiere's tables with its column
 * names, composed the way org.compiere.model.Query composes them (WHERE (…) AND IsActive='Y'
 * AND AD_Client_ID=? ORDER BY …). The ERP's own Query class is not run here.
 */
class QueriesOnPostgresTest {

    private static final int CLIENT = 11;
    private static TestDatabase db;
    private static Connection c;

    @BeforeAll
    static void schema() throws Exception {
        db = TestDatabase.empty();
        c = db.dataSource().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                CREATE TABLE C_Country (C_Country_ID INT PRIMARY KEY, AD_Client_ID INT DEFAULT 0,
                  IsActive CHAR(1) DEFAULT 'Y', CountryCode CHAR(2));
                CREATE TABLE C_Currency (C_Currency_ID INT PRIMARY KEY, AD_Client_ID INT DEFAULT 0,
                  IsActive CHAR(1) DEFAULT 'Y', ISO_Code CHAR(3));
                CREATE TABLE C_Location (C_Location_ID INT PRIMARY KEY, Postal VARCHAR(10), C_Country_ID INT);
                CREATE TABLE C_BPartner (C_BPartner_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y');
                CREATE TABLE C_BPartner_Location (C_BPartner_Location_ID INT PRIMARY KEY, C_BPartner_ID INT,
                  C_Location_ID INT, IsActive CHAR(1) DEFAULT 'Y');
                CREATE TABLE AD_User (AD_User_ID INT PRIMARY KEY, C_BPartner_ID INT, EMail VARCHAR(60),
                  IsActive CHAR(1) DEFAULT 'Y');
                CREATE TABLE M_Product (M_Product_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  Value VARCHAR(40), Name VARCHAR(60) DEFAULT 'Product');
                CREATE TABLE M_Warehouse (M_Warehouse_ID INT PRIMARY KEY, AD_Client_ID INT,
                  IsActive CHAR(1) DEFAULT 'Y', Value VARCHAR(40), IsInTransit CHAR(1) DEFAULT 'N');
                CREATE TABLE C_Tax (C_Tax_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  IsSummary CHAR(1), SOPOType CHAR(1));
                CREATE TABLE C_Charge (C_Charge_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  Name VARCHAR(60));
                CREATE TABLE M_PriceList (M_PriceList_ID INT PRIMARY KEY, AD_Client_ID INT,
                  IsActive CHAR(1) DEFAULT 'Y', IsSOPriceList CHAR(1), C_Currency_ID INT, IsTaxIncluded CHAR(1),
                  IsDefault CHAR(1));
                CREATE TABLE C_Order (C_Order_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  IsSOTrx CHAR(1), POReference VARCHAR(40));
                CREATE TABLE C_OrderLine (C_OrderLine_ID INT PRIMARY KEY, C_Order_ID INT);
                CREATE TABLE M_InOut (M_InOut_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  IsSOTrx CHAR(1), C_Order_ID INT);
                CREATE TABLE M_InOutLine (M_InOutLine_ID INT PRIMARY KEY, M_InOut_ID INT, C_OrderLine_ID INT);
                CREATE TABLE C_Invoice (C_Invoice_ID INT PRIMARY KEY, AD_Client_ID INT, IsActive CHAR(1) DEFAULT 'Y',
                  IsSOTrx CHAR(1), C_Order_ID INT);
                CREATE TABLE C_InvoiceLine (C_InvoiceLine_ID INT PRIMARY KEY, C_Invoice_ID INT, C_OrderLine_ID INT);
                CREATE TABLE M_Shipper (M_Shipper_ID INT PRIMARY KEY, AD_Client_ID INT, AD_Org_ID INT,
                  IsActive CHAR(1) DEFAULT 'Y', Name VARCHAR(60));

                INSERT INTO C_Country VALUES (101, 0, 'Y', 'DE'), (102, 0, 'Y', 'AT');
                INSERT INTO C_Currency VALUES (102, 0, 'Y', 'EUR'), (100, 0, 'Y', 'USD');
                INSERT INTO C_BPartner VALUES (1, 11, 'Y'), (2, 11, 'Y'), (3, 12, 'Y'), (4, 11, 'N'), (5, 11, 'Y');
                INSERT INTO C_Location VALUES (1, '10 115', 101), (2, '10115', 102), (3, '10115', 101),
                  (4, '10115', 101), (5, '80331', 101);
                INSERT INTO C_BPartner_Location VALUES (1, 1, 1, 'Y'), (2, 2, 2, 'Y'), (3, 3, 3, 'Y'), (4, 4, 4, 'Y'),
                  (5, 5, 5, 'Y'), (6, 5, 3, 'N');
                INSERT INTO AD_User VALUES (1, 1, ' Buyer@Example.com', 'Y'), (2, 2, 'other@example.com', 'Y'),
                  (3, 3, 'buyer@example.com', 'Y'), (4, 5, 'buyer@example.com', 'N');
                INSERT INTO M_Product VALUES (1, 11, 'Y', 'SKU-1'), (2, 11, 'N', 'SKU-2'), (3, 12, 'Y', 'SKU-2'),
                  (4, 11, 'Y', 'SKU-2');
                INSERT INTO M_Warehouse VALUES (1, 11, 'Y', 'B', 'N'), (2, 11, 'Y', 'A', 'N'), (3, 11, 'Y', 'T', 'Y');
                INSERT INTO C_Tax VALUES (1, 11, 'Y', 'N', 'S'), (2, 11, 'Y', 'N', 'P'), (3, 11, 'Y', 'Y', 'B'),
                  (4, 11, 'Y', 'N', 'B');
                INSERT INTO C_Charge VALUES (1, 11, 'Y', 'Shipping'), (2, 11, 'Y', 'Promotion');
                INSERT INTO M_PriceList VALUES (1, 11, 'Y', 'Y', 102, 'N', 'Y'), (2, 11, 'Y', 'Y', 102, 'Y', 'N'),
                  (3, 11, 'Y', 'Y', 102, 'Y', 'Y'), (4, 11, 'Y', 'N', 102, 'Y', 'Y');
                INSERT INTO C_Order VALUES (1, 11, 'Y', 'Y', '302-1'), (2, 11, 'Y', 'N', '302-1'),
                  (3, 11, 'Y', 'Y', '302-1'), (4, 11, 'Y', 'Y', '302-2');
                INSERT INTO C_OrderLine VALUES (11, 1), (12, 1), (41, 4);
                INSERT INTO M_InOut VALUES (1, 11, 'Y', 'Y', 1), (2, 11, 'Y', 'Y', NULL), (3, 11, 'Y', 'Y', 4),
                  (4, 11, 'Y', 'N', 1);
                INSERT INTO M_InOutLine VALUES (1, 1, 11), (2, 2, 12), (3, 3, 41);
                INSERT INTO C_Invoice VALUES (1, 11, 'Y', 'Y', NULL), (2, 11, 'Y', 'Y', 1), (3, 11, 'Y', 'Y', 4);
                INSERT INTO C_InvoiceLine VALUES (1, 1, 12), (2, 2, 11), (3, 3, 41);
                INSERT INTO M_Shipper VALUES (1, 11, 0, 'Y', 'DHL'), (2, 11, 7, 'Y', 'DHL'), (3, 11, 8, 'Y', 'DHL'),
                  (4, 12, 0, 'Y', 'DHL'), (5, 11, 0, 'N', 'Hermes'), (6, 11, 0, 'Y', 'dhl');
                """);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        db.close();
    }

    /** The statement org.compiere.model.Query builds, selecting only the key. */
    private static List<Integer> ids(ErpQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + q.table() + "_ID FROM " + q.table() + " WHERE (" + q.where()
                + ")");
        if (q.activeOnly()) {
            sql.append(" AND IsActive='Y'");
        }
        if (q.clientScoped()) {
            sql.append(" AND AD_Client_ID=?");
        }
        sql.append(" ORDER BY ").append(q.orderBy());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (Object p : q.parameters()) {
                ps.setObject(i++, p);
            }
            if (q.clientScoped()) {
                ps.setInt(i, CLIENT);
            }
            List<Integer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        }
    }

    @Test
    void shippersByExactNameInTheOrganisationFirstInactiveIncluded() throws SQLException {
        assertEquals(List.of(2, 1), ids(Queries.shippersByName("DHL", 7)));
        assertEquals(List.of(1), ids(Queries.shippersByName("DHL", 9)));
        assertEquals(List.of(5), ids(Queries.shippersByName("Hermes", 7)));
        assertEquals(List.of(), ids(Queries.shippersByName("UPS", 7)));
    }

    @Test
    void emailMatchIgnoresCaseAndBlanksAndStaysInTheClient() throws SQLException {
        assertEquals(List.of(1), ids(Queries.partnersByEmail("BUYER@example.COM ")));
        assertEquals(List.of(2), ids(Queries.partnersByEmail("other@example.com")));
        assertThrows(IllegalArgumentException.class, () -> Queries.partnersByEmail(" "));
    }

    @Test
    void postalMatchIgnoresSpacesAndNeedsTheCountry() throws SQLException {
        // 1: "10 115" in DE; 2 is in AT; 3 is another client; 4 is inactive; 5 only via an inactive location.
        assertEquals(List.of(1), ids(Queries.partnersByPostal("10115", "de")));
        assertEquals(List.of(2), ids(Queries.partnersByPostal("10-115", "AT")));
        assertEquals(List.of(5), ids(Queries.partnersByPostal("80331", "DE")));
        assertThrows(IllegalArgumentException.class, () -> Queries.partnersByPostal("10115", "Germany"));
    }

    @Test
    void productsWarehousesTaxesCharges() throws SQLException {
        assertEquals(List.of(1), ids(Queries.productBySku(" SKU-1 ")));
        assertEquals(List.of(4), ids(Queries.productBySku("SKU-2")));
        assertEquals(List.of(2, 1), ids(Queries.warehouses()), "in-transit warehouses left out, ordered by Value");
        assertEquals(List.of(1, 4), ids(Queries.salesTaxes()), "no purchase or summary taxes");
        assertEquals(List.of(1), ids(Queries.chargeByName("Shipping")));
        assertEquals(List.of(101), ids(Queries.countryByCode("de")));
        assertEquals(List.of(102), ids(Queries.currencyByIso("eur")));
    }

    @Test
    void productSearchMatchesSkuOrNameInAnyCaseWithoutWildcardsFromTheText() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO M_Product VALUES (11, 11, 'Y', 'MUG_1', 'Blue Mug'), (12, 11, 'Y', 'NAP-2', 'Red mug'),"
                    + " (15, 11, 'Y', 'MUGX1', 'Cup'), (13, 12, 'Y', 'MUG-3', 'Other client mug'), (14, 11, 'N', 'MUG-4', 'Inactive mug')");
        }
        assertEquals(java.util.Set.of(11, 12, 15), java.util.Set.copyOf(ids(Queries.productSearch("mug"))),
                "by SKU or name, only this client's active ones");
        assertEquals(List.of(11), ids(Queries.productSearch(" blue ")));
        assertEquals(List.of(11), ids(Queries.productSearch("G_1")), "an underscore matches only itself");
        assertTrue(ids(Queries.productSearch(null)).containsAll(List.of(1, 4, 11, 12, 15)));
    }

    @Test
    void priceListMatchesTaxInclusionAndPrefersTheDefault() throws SQLException {
        assertEquals(List.of(3, 2), ids(Queries.salesPriceList(102, true)));
        assertEquals(List.of(1), ids(Queries.salesPriceList(102, false)));
        assertTrue(ids(Queries.salesPriceList(100, true)).isEmpty());
    }

    @Test
    void documentsOfAnOrder() throws SQLException {
        assertEquals(List.of(1, 3), ids(Queries.salesOrdersByPoReference("302-1")), "purchase order 2 left out");
        // Shipment 1 by header, 2 by a line of order 1; 4 is a vendor receipt.
        assertEquals(List.of(1, 2), ids(Queries.shipmentsOfOrder(1)));
        assertEquals(List.of(3), ids(Queries.shipmentsOfOrder(4)));
        assertEquals(List.of(1, 2), ids(Queries.invoicesOfOrder(1)));
        assertEquals(List.of(3), ids(Queries.invoicesOfOrder(4)));
    }

    @Test
    void partnerSearchRanksActiveCustomersOfTheClientBestFirst() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                ALTER TABLE C_BPartner ADD COLUMN Value VARCHAR(40), ADD COLUMN Name VARCHAR(120),
                  ADD COLUMN Name2 VARCHAR(60), ADD COLUMN IsCustomer CHAR(1) DEFAULT 'Y';
                INSERT INTO C_BPartner (C_BPartner_ID, AD_Client_ID, IsActive, Value, Name, Name2, IsCustomer) VALUES
                  (101, 11, 'Y', 'BERG', 'Zeller Hof', NULL, 'Y'), (102, 11, 'Y', 'K-1', 'Bergmann Anna', NULL, 'Y'),
                  (103, 11, 'Y', 'K-2', 'Johanna Berg', NULL, 'Y'), (104, 11, 'Y', 'K-3', 'Hans Schmidt', 'Schmidt & Söhne', 'Y'),
                  (105, 11, 'N', 'K-4', 'Berg Inaktiv', NULL, 'Y'), (106, 11, 'Y', 'K-5', 'Berg Lieferant', NULL, 'N'),
                  (107, 12, 'Y', 'K-6', 'Berg Anderer Mandant', NULL, 'Y'), (108, 11, 'Y', 'K-7', '100% Bio', NULL, 'Y');
                INSERT INTO C_Location VALUES (101, 'SW1A 1AA', 101), (102, '80333', 101), (103, '80-335', 101);
                INSERT INTO C_BPartner_Location VALUES (101, 104, 101, 'Y'), (102, 102, 102, 'Y'), (103, 103, 103, 'N');
                INSERT INTO AD_User VALUES (101, 102, 'Bergmann@Example.com', 'Y'), (102, 103, 'jo@example.com', 'N');
                """);
        }
        assertEquals(List.of(101, 102, 103), search("berg", 20), "number, then name start, then name part");
        assertEquals(List.of(101), search("berg", 1));
        assertEquals(List.of(102), search("BERGMANN@example.com", 20));
        assertEquals(List.of(104), search("sw1a1aa", 20));
        assertEquals(List.of(104), search("SW1A", 20), "postal code from its start");
        assertEquals(List.of(102), search("80333", 20));
        assertEquals(List.of(), search("80335", 20), "103's location is inactive");
        assertEquals(List.of(), search("jo@example", 20), "an inactive contact");
        assertEquals(List.of(104), search("söhne schmidt", 20), "words in Name and Name2");
        assertEquals(List.of(108), search("0%", 20), "a wildcard taken literally");
        assertEquals(List.of(), search("k-4", 20));
        assertEquals(List.of(), search("k-5", 20), "a vendor");
        assertEquals(List.of(), search("k-6", 20), "another client");
    }

    private static List<Integer> search(String text, int limit) throws SQLException {
        org.catura.core.api.erp.PartnerQuery q = new org.catura.core.api.erp.PartnerQuery(text, limit);
        List<int[]> ranks = new ArrayList<>();
        for (ErpQuery rank : Queries.partnerSearch(q)) {
            ranks.add(ids(rank).stream().mapToInt(Integer::intValue).toArray());
        }
        return Queries.bestFirst(ranks, limit);
    }

    @Test
    void placeholdersMustMatchParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ErpQuery("C_Order", "POReference=? AND C_Order_ID=?", List.of("x"), "C_Order_ID", true,
                        true));
        assertTrue(e.getMessage().contains("2 placeholders but 1 parameters"), e.getMessage());
    }

    @Test
    void stockOnBothStorageLayouts() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                CREATE TABLE M_LocatorType (M_LocatorType_ID INT PRIMARY KEY, IsAvailableForReservation CHAR(1));
                CREATE TABLE M_Locator (M_Locator_ID INT PRIMARY KEY, M_Warehouse_ID INT, M_LocatorType_ID INT);
                CREATE TABLE M_Storage (M_Product_ID INT, M_Locator_ID INT, QtyOnHand NUMERIC, QtyReserved NUMERIC);
                CREATE TABLE M_StorageOnHand (M_Product_ID INT, M_Locator_ID INT, QtyOnHand NUMERIC);
                CREATE TABLE M_StorageReservation (M_Product_ID INT, M_Warehouse_ID INT, IsSOTrx CHAR(1), Qty NUMERIC);
                INSERT INTO M_Locator VALUES (1, 50, NULL), (2, 50, NULL), (3, 60, NULL);
                INSERT INTO M_Storage VALUES (7, 1, 10, 3), (7, 2, 5, 0), (7, 3, 100, 0), (8, 1, 1, 0);
                INSERT INTO M_StorageOnHand VALUES (7, 1, 10), (7, 2, 5), (7, 3, 100), (8, 1, 1);
                INSERT INTO M_StorageReservation VALUES (7, 50, 'Y', 3), (7, 50, 'N', 40), (7, 60, 'Y', 1);
                """);
        }
        for (StockSql dialect : StockSql.values()) {
            assertEquals(new BigDecimal("15"), value(dialect.onHandSql(), dialect.onHandParameters(7, 50)), dialect.name());
            assertEquals(new BigDecimal("12"), value(dialect.availableSql(), dialect.availableParameters(7, 50)),
                    dialect.name() + ": purchase reservations do not count");
            assertEquals(BigDecimal.ZERO, value(dialect.onHandSql(), dialect.onHandParameters(9, 50)).stripTrailingZeros(),
                    dialect.name() + ": no storage is zero, not null");
        }
        assertEquals(StockSql.IDEMPIERE, StockSql.forTables(true));
        assertEquals(StockSql.ADEMPIERE, StockSql.forTables(false));
    }

    @Test
    void availableStockOnIdempiereLeavesOutLocatorsNotAvailableForReservation() throws SQLException {
        // Own schema: the test above creates the same table names in the default one.
        try (Statement s = c.createStatement()) {
            s.execute("""
                CREATE SCHEMA reservation;
                SET search_path TO reservation;
                CREATE TABLE M_LocatorType (M_LocatorType_ID INT PRIMARY KEY, IsAvailableForReservation CHAR(1));
                CREATE TABLE M_Locator (M_Locator_ID INT PRIMARY KEY, M_Warehouse_ID INT, M_LocatorType_ID INT);
                CREATE TABLE M_StorageOnHand (M_Product_ID INT, M_Locator_ID INT, QtyOnHand NUMERIC);
                CREATE TABLE M_StorageReservation (M_Product_ID INT, M_Warehouse_ID INT, IsSOTrx CHAR(1), Qty NUMERIC);
                INSERT INTO M_LocatorType VALUES (1, 'Y'), (2, 'N');
                INSERT INTO M_Locator VALUES (1, 50, NULL), (2, 50, 1), (3, 50, 2);
                INSERT INTO M_StorageOnHand VALUES (7, 1, 10), (7, 2, 5), (7, 3, 100);
                INSERT INTO M_StorageReservation VALUES (7, 50, 'Y', 3);
                """);
        }
        try {
            StockSql idempiere = StockSql.IDEMPIERE;
            assertEquals(new BigDecimal("115"), value(idempiere.onHandSql(), idempiere.onHandParameters(7, 50)),
                    "on hand counts every locator");
            assertEquals(new BigDecimal("12"), value(idempiere.availableSql(), idempiere.availableParameters(7, 50)),
                    "the 100 in the locator whose type is not available for reservation are not available");
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO DEFAULT");
            }
        }
    }

    private static BigDecimal value(String sql, Object[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}

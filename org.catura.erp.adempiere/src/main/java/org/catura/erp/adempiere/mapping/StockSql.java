package org.catura.erp.adempiere.mapping;

/**
 * Stock figures differ in storage between the two ERPs: ADempiere keeps on-hand and reserved
 * quantities in M_Storage; iDempiere splits them into M_StorageOnHand and M_StorageReservation.
 * Plain SQL on the right tables keeps the bundle free of either model class. Parameters of every
 * statement: product id, warehouse id (in that order, repeated where shown).
 */
public enum StockSql {

    ADEMPIERE(
            "SELECT COALESCE(SUM(s.QtyOnHand),0) FROM M_Storage s JOIN M_Locator l ON l.M_Locator_ID=s.M_Locator_ID"
                    + " WHERE s.M_Product_ID=? AND l.M_Warehouse_ID=?",
            "SELECT COALESCE(SUM(s.QtyOnHand - s.QtyReserved),0) FROM M_Storage s"
                    + " JOIN M_Locator l ON l.M_Locator_ID=s.M_Locator_ID"
                    + " WHERE s.M_Product_ID=? AND l.M_Warehouse_ID=?",
            1),
    IDEMPIERE(
            "SELECT COALESCE(SUM(s.QtyOnHand),0) FROM M_StorageOnHand s"
                    + " JOIN M_Locator l ON l.M_Locator_ID=s.M_Locator_ID"
                    + " WHERE s.M_Product_ID=? AND l.M_Warehouse_ID=?",
            // As MStorageReservation.getQtyAvailable: on hand only in locators whose type is
            // available for reservation (no type: available), less the sales reservations.
            "SELECT (SELECT COALESCE(SUM(s.QtyOnHand),0) FROM M_StorageOnHand s"
                    + " JOIN M_Locator l ON l.M_Locator_ID=s.M_Locator_ID"
                    + " LEFT JOIN M_LocatorType lt ON lt.M_LocatorType_ID=l.M_LocatorType_ID"
                    + " WHERE s.M_Product_ID=? AND l.M_Warehouse_ID=?"
                    + " AND COALESCE(lt.IsAvailableForReservation,'Y')='Y')"
                    + " - (SELECT COALESCE(SUM(r.Qty),0) FROM M_StorageReservation r"
                    + " WHERE r.IsSOTrx='Y' AND r.M_Product_ID=? AND r.M_Warehouse_ID=?)",
            2);

    private final String onHand;
    private final String available;
    private final int availableRepeats;

    StockSql(String onHand, String available, int availableRepeats) {
        this.onHand = onHand;
        this.available = available;
        this.availableRepeats = availableRepeats;
    }

    /** iDempiere when its M_StorageOnHand table exists, else ADempiere's M_Storage. */
    public static StockSql forTables(boolean hasStorageOnHand) {
        return hasStorageOnHand ? IDEMPIERE : ADEMPIERE;
    }

    public String onHandSql() {
        return onHand;
    }

    public String availableSql() {
        return available;
    }

    public Object[] onHandParameters(int productId, int warehouseId) {
        return new Object[] {productId, warehouseId};
    }

    public Object[] availableParameters(int productId, int warehouseId) {
        Object[] p = new Object[2 * availableRepeats];
        for (int i = 0; i < availableRepeats; i++) {
            p[2 * i] = productId;
            p[2 * i + 1] = warehouseId;
        }
        return p;
    }
}

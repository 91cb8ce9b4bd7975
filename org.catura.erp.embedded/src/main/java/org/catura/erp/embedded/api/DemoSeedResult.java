package org.catura.erp.embedded.api;

/** How many rows {@link MasterData#seedDemo} created; all zero when the demo data was already there. */
public record DemoSeedResult(int products, int warehouses, int stockRecords, int taxes, int charges,
        int currencies) {

    public int total() {
        return products + warehouses + stockRecords + taxes + charges + currencies;
    }
}

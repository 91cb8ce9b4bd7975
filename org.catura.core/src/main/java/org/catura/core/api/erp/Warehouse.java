package org.catura.core.api.erp;

/** M_Warehouse. */
public record Warehouse(int id, String value, String name) {
}

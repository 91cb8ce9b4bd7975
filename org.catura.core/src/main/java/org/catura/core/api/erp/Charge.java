package org.catura.core.api.erp;

/** C_Charge: a non-product amount on an order line, such as freight or a promotion. */
public record Charge(int id, String name) {
}

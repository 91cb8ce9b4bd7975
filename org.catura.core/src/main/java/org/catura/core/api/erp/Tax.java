package org.catura.core.api.erp;

import java.math.BigDecimal;

/** C_Tax: a rate in percent, for sales to {@code countryCode} (null: any country). */
public record Tax(int id, String name, BigDecimal rate, String countryCode, int taxCategoryId) {
}

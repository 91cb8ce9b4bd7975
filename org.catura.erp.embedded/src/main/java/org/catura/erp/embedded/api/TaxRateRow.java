package org.catura.erp.embedded.api;

import java.math.BigDecimal;

/**
 * An active C_Tax row as {@code catura taxes list} shows it: destination country (null for any
 * country), the category's command-line word (standard, reduced, super_reduced, zero), the rate,
 * the row's name, and for the 0 % treatments their TaxIndicator and legal note.
 */
public record TaxRateRow(int id, String countryCode, String category, BigDecimal rate, String name,
        String indicator, String legalNote) {
}

package org.catura.core.api.erp;

/** What is needed to create a customer; {@code value} may be null to take the next number. */
public record BusinessPartnerDraft(String value, String name, String name2, boolean company, String taxId) {
}

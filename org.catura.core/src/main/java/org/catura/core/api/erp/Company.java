package org.catura.core.api.erp;

/**
 * The seller as its invoices and its tax decisions need it: AD_Org with AD_OrgInfo in iDempiere.
 * {@code address.countryCode()} is where the goods are sold from; {@code oss} says whether the
 * seller declares EU distance sales to consumers through the One-Stop-Shop (then the destination
 * country's VAT applies, else the domestic one). Optional fields may be null.
 */
public record Company(String legalName, Location address, String vatId, String taxNumber, String iban,
        String bic, String bankName, boolean oss) {

    /** ISO 3166-1 alpha-2 of the seller's address, or null while it has none. */
    public String countryCode() {
        return address == null ? null : address.countryCode();
    }
}

package org.catura.erp.embedded.internal;

import java.util.Locale;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;

/** Look-ups of the rows every document points at: countries, currencies, document types, units, tax categories. */
public final class ReferenceData {

    /** iDempiere's DocBaseType of each document the port writes. */
    public static final String SALES_ORDER = "SOO";
    public static final String SHIPMENT = "MMS";
    public static final String INVOICE = "ARI";
    public static final String RECEIPT = "ARR";
    public static final String ALLOCATION = "CMA";

    public static final String DEFAULT_TAX_CATEGORY = "Standard";

    private ReferenceData() {
    }

    /** ISO 3166-1 alpha-2, upper case; "UK" (the VAT and Amazon shorthand) is taken as GB. */
    public static String normaliseCountry(String code) {
        if (code == null || code.isBlank()) {
            throw new ErpException("Country code is missing (ISO 3166-1 alpha-2 expected, e.g. DE)");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return "UK".equals(upper) ? "GB" : upper;
    }

    public static int countryId(Tx tx, String code) {
        String iso = normaliseCountry(code);
        return Sql.one(tx, "SELECT C_Country_ID FROM C_Country WHERE CountryCode = ? AND IsActive = 'Y'",
                rs -> rs.getInt(1), iso)
                .orElseThrow(() -> new ErpException("Unknown country code '" + code
                        + "' (ISO 3166-1 alpha-2 expected, e.g. DE, FR, GB)"));
    }

    public static int currencyId(Tx tx, String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            throw new ErpException("Currency is missing (ISO 4217 code expected, e.g. EUR)");
        }
        String iso = isoCode.strip().toUpperCase(Locale.ROOT);
        return Sql.one(tx, "SELECT C_Currency_ID FROM C_Currency WHERE ISO_Code = ? AND IsActive = 'Y'",
                rs -> rs.getInt(1), iso)
                .orElseThrow(() -> new ErpException("Unknown currency '" + isoCode
                        + "' (ISO 4217 code expected, e.g. EUR)"));
    }

    public static int docTypeId(Tx tx, String docBaseType) {
        return Sql.one(tx, "SELECT C_DocType_ID FROM C_DocType WHERE DocBaseType = ?", rs -> rs.getInt(1),
                docBaseType)
                .orElseThrow(() -> new ErpException("Document type " + docBaseType
                        + " is missing from C_DocType; the ERP migrations did not run completely"));
    }

    public static int defaultUomId(Tx tx) {
        return Sql.one(tx, "SELECT C_UOM_ID FROM C_UOM WHERE IsDefault = 'Y' ORDER BY C_UOM_ID LIMIT 1",
                rs -> rs.getInt(1))
                .orElseThrow(() -> new ErpException("No default unit of measure in C_UOM"));
    }

    public static int taxCategoryId(Tx tx, String name) {
        String wanted = name == null ? DEFAULT_TAX_CATEGORY
                : java.util.Objects.requireNonNullElse(TaxReferenceData.category(name.strip()), name.strip());
        return Sql.one(tx, "SELECT C_TaxCategory_ID FROM C_TaxCategory WHERE Name = ? AND IsActive = 'Y'",
                rs -> rs.getInt(1), wanted)
                .orElseThrow(() -> new ErpException("Unknown tax category '" + wanted
                        + "' (known: standard, reduced, super_reduced, zero)"));
    }
}

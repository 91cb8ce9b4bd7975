package org.catura.erp.adempiere.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catura.core.api.erp.PartnerQuery;

/** Every lookup the port makes, as plain query shapes; only iDempiere's table and column names. */
public final class Queries {

    private Queries() {
    }

    /** Partners with an active contact whose e-mail matches, ignoring case and surrounding blanks. */
    public static ErpQuery partnersByEmail(String email) {
        String e = PartnerColumns.blankToNull(email);
        if (e == null) {
            throw new IllegalArgumentException("No e-mail address to search for");
        }
        return new ErpQuery("C_BPartner",
                "EXISTS (SELECT 1 FROM AD_User u WHERE u.C_BPartner_ID=C_BPartner.C_BPartner_ID"
                        + " AND u.IsActive='Y' AND UPPER(TRIM(u.EMail))=?)",
                List.of(e.toUpperCase(Locale.ROOT)), "C_BPartner_ID", true, true);
    }

    /** Partners with an active location at this postal code (spaces and dashes ignored) in this country. */
    public static ErpQuery partnersByPostal(String postal, String countryCode) {
        String p = LocationColumns.normalPostal(postal);
        if (p == null) {
            throw new IllegalArgumentException("No postal code to search for");
        }
        if (countryCode == null || !countryCode.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Country code '" + countryCode + "' is not ISO 3166-1 alpha-2");
        }
        return new ErpQuery("C_BPartner",
                "EXISTS (SELECT 1 FROM C_BPartner_Location bpl"
                        + " JOIN C_Location l ON l.C_Location_ID=bpl.C_Location_ID"
                        + " JOIN C_Country c ON c.C_Country_ID=l.C_Country_ID"
                        + " WHERE bpl.C_BPartner_ID=C_BPartner.C_BPartner_ID AND bpl.IsActive='Y'"
                        + " AND UPPER(REPLACE(REPLACE(l.Postal,' ',''),'-',''))=? AND c.CountryCode=?)",
                List.of(p, countryCode.strip().toUpperCase(Locale.ROOT)), "C_BPartner_ID", true, true);
    }

    /**
     * The partner search as one query per rank, best first (see BusinessPartners.search): an exact
     * customer number, e-mail or postal code; a name or Name2 starting with the text; a customer
     * number, e-mail or postal code starting with it; every word somewhere in the names. Only
     * active customers; within a rank by name. Case is folded by the database on both sides, and
     * LIKE's wildcards in the text are escaped with '!' (a backslash would depend on the database's
     * string settings).
     */
    public static List<ErpQuery> partnerSearch(PartnerQuery q) {
        String customer = "IsCustomer='Y' AND ";
        String prefix = likeEscaped(q.text()) + "%";
        String postal = LocationColumns.normalPostal(q.text());
        String postalPrefix = postal == null ? null : likeEscaped(postal) + "%";
        String normalisedPostal = "UPPER(REPLACE(REPLACE(l.Postal,' ',''),'-',''))";
        String email = "EXISTS (SELECT 1 FROM AD_User u WHERE u.C_BPartner_ID=C_BPartner.C_BPartner_ID"
                + " AND u.IsActive='Y' AND ";
        String located = "EXISTS (SELECT 1 FROM C_BPartner_Location bpl"
                + " JOIN C_Location l ON l.C_Location_ID=bpl.C_Location_ID"
                + " WHERE bpl.C_BPartner_ID=C_BPartner.C_BPartner_ID AND bpl.IsActive='Y' AND ";
        List<ErpQuery> ranks = new ArrayList<>();
        List<Object> exact = new ArrayList<>(List.of(q.text(), q.text()));
        String exactPostal = "";
        if (postal != null) {
            exactPostal = " OR " + located + normalisedPostal + "=?)";
            exact.add(postal);
        }
        ranks.add(partners(customer + "(UPPER(Value)=UPPER(?) OR " + email + "UPPER(TRIM(u.EMail))=UPPER(?))"
                + exactPostal + ")", exact));
        ranks.add(partners(customer + "(UPPER(Name) LIKE UPPER(?) ESCAPE '!' OR UPPER(Name2) LIKE UPPER(?) ESCAPE '!')",
                List.of(prefix, prefix)));
        List<Object> starts = new ArrayList<>(List.of(prefix, prefix));
        String startsPostal = "";
        if (postalPrefix != null) {
            startsPostal = " OR " + located + normalisedPostal + " LIKE ? ESCAPE '!')";
            starts.add(postalPrefix);
        }
        ranks.add(partners(customer + "(UPPER(Value) LIKE UPPER(?) ESCAPE '!' OR " + email
                + "UPPER(TRIM(u.EMail)) LIKE UPPER(?) ESCAPE '!')" + startsPostal + ")", starts));
        List<Object> words = new ArrayList<>();
        StringBuilder allWords = new StringBuilder(customer);
        for (String w : q.words()) {
            allWords.append(words.isEmpty() ? "" : " AND ")
                    .append("UPPER(Name || ' ' || COALESCE(Name2, ' ')) LIKE UPPER(?) ESCAPE '!'");
            words.add("%" + likeEscaped(w) + "%");
        }
        ranks.add(partners(allWords.toString(), words));
        return ranks;
    }

    /** The partners of the ranks in order, each once, at most {@code limit}. */
    public static List<Integer> bestFirst(List<int[]> idsPerRank, int limit) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (int[] rank : idsPerRank) {
            for (int id : rank) {
                if (ids.size() == limit) {
                    return List.copyOf(ids);
                }
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static ErpQuery partners(String where, List<Object> parameters) {
        return new ErpQuery("C_BPartner", where, parameters, "UPPER(Name), C_BPartner_ID", true, true);
    }

    static String likeEscaped(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static ErpQuery productBySku(String sku) {
        String s = PartnerColumns.blankToNull(sku);
        if (s == null) {
            throw new IllegalArgumentException("No SKU to search for");
        }
        return new ErpQuery("M_Product", "Value=?", List.of(s), "M_Product_ID", true, true);
    }

    /** Products whose search key or name contains {@code text}, any case (blank: all), by search key. */
    public static ErpQuery productSearch(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        String pattern = "%" + t + "%";
        return new ErpQuery("M_Product", "(LOWER(Value) LIKE ? OR LOWER(Name) LIKE ?)", List.of(pattern, pattern),
                "Value", true, true);
    }

    /**
     * One page of a query's keys, in the query's order: iDempiere's Query has no setLimit (it has
     * setPageSize/setRecordstoSkip, ADempiere only setLimit), so the page is cut from getIDs().
     */
    public static List<Integer> page(int[] ids, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset not negative, were " + limit
                    + " and " + offset);
        }
        List<Integer> page = new ArrayList<>();
        for (int i = offset; i < ids.length && page.size() < limit; i++) {
            page.add(ids[i]);
        }
        return page;
    }

    /**
     * Carriers (M_Shipper) of that name, exactly, visible to the organisation (its own or the
     * tenant-wide ones of AD_Org_ID 0), the organisation's own first; inactive ones too, so a
     * carrier switched off is reported rather than created a second time.
     */
    public static ErpQuery shippersByName(String name, int orgId) {
        return new ErpQuery("M_Shipper", "Name=? AND AD_Org_ID IN (0,?)", List.of(name, orgId),
                "AD_Org_ID DESC, M_Shipper_ID", true, false);
    }

    public static ErpQuery warehouses() {
        return new ErpQuery("M_Warehouse", "IsInTransit='N'", List.of(), "Value", true, true);
    }

    /** Sales taxes (Sales or Both), without the summary (parent) taxes. */
    public static ErpQuery salesTaxes() {
        return new ErpQuery("C_Tax", "IsSummary='N' AND SOPOType IN ('S','B')", List.of(), "C_Tax_ID", true,
                true);
    }

    /** The client's tax categories (C_TaxCategory). */
    public static ErpQuery taxCategories() {
        return new ErpQuery("C_TaxCategory", "1=1", List.of(), "C_TaxCategory_ID", true, true);
    }

    /** The organisation (AD_Org) the documents are entered for. */
    public static ErpQuery organisation(int orgId) {
        return new ErpQuery("AD_Org", "AD_Org_ID=?", List.of(orgId), "AD_Org_ID", true, true);
    }

    /** The organisation's info (AD_OrgInfo): tax id and address. */
    public static ErpQuery organisationInfo(int orgId) {
        return new ErpQuery("AD_OrgInfo", "AD_Org_ID=?", List.of(orgId), "AD_Org_ID", true, true);
    }

    /** Countries are system data (AD_Client_ID 0), so not client scoped. */
    public static ErpQuery countryByCode(String countryCode) {
        return new ErpQuery("C_Country", "CountryCode=?", List.of(countryCode.strip().toUpperCase(Locale.ROOT)),
                "C_Country_ID", false, true);
    }

    public static ErpQuery currencyByIso(String iso) {
        return new ErpQuery("C_Currency", "ISO_Code=?", List.of(iso.strip().toUpperCase(Locale.ROOT)),
                "C_Currency_ID", false, true);
    }

    public static ErpQuery chargeByName(String name) {
        String n = PartnerColumns.blankToNull(name);
        if (n == null) {
            throw new IllegalArgumentException("No charge name to search for");
        }
        return new ErpQuery("C_Charge", "Name=?", List.of(n), "C_Charge_ID", true, true);
    }

    /** The sales price list in this currency whose prices are gross or net as asked; the default first. */
    public static ErpQuery salesPriceList(int currencyId, boolean taxIncluded) {
        return new ErpQuery("M_PriceList", "IsSOPriceList='Y' AND C_Currency_ID=? AND IsTaxIncluded=?",
                List.of(currencyId, taxIncluded ? "Y" : "N"), "IsDefault DESC, M_PriceList_ID", true, true);
    }

    public static ErpQuery salesOrdersByPoReference(String poReference) {
        String p = PartnerColumns.blankToNull(poReference);
        if (p == null) {
            throw new IllegalArgumentException("No POReference to search for");
        }
        return new ErpQuery("C_Order", "IsSOTrx='Y' AND POReference=?", List.of(p), "C_Order_ID", true, false);
    }

    /** Customer shipments of the order: by header, or by any line shipping one of its lines. */
    public static ErpQuery shipmentsOfOrder(int orderId) {
        return new ErpQuery("M_InOut",
                "IsSOTrx='Y' AND (C_Order_ID=? OR EXISTS (SELECT 1 FROM M_InOutLine il"
                        + " JOIN C_OrderLine ol ON ol.C_OrderLine_ID=il.C_OrderLine_ID"
                        + " WHERE il.M_InOut_ID=M_InOut.M_InOut_ID AND ol.C_Order_ID=?))",
                List.of(orderId, orderId), "M_InOut_ID", true, false);
    }

    /** Customer invoices of the order: by header, or by any line invoicing one of its lines. */
    public static ErpQuery invoicesOfOrder(int orderId) {
        return new ErpQuery("C_Invoice",
                "IsSOTrx='Y' AND (C_Order_ID=? OR EXISTS (SELECT 1 FROM C_InvoiceLine il"
                        + " JOIN C_OrderLine ol ON ol.C_OrderLine_ID=il.C_OrderLine_ID"
                        + " WHERE il.C_Invoice_ID=C_Invoice.C_Invoice_ID AND ol.C_Order_ID=?))",
                List.of(orderId, orderId), "C_Invoice_ID", true, false);
    }
}

package org.catura.erp.embedded.internal;

import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;

/**
 * AD_OrgInfo: the one company the embedded ERP serves, with its address in C_Location. Read for
 * every order's tax decision, hence through the {@link ReferenceCache}.
 */
public final class CompanyRepository implements CompanyDetails {

    /** The largest logo accepted; documents print it a few centimetres wide. */
    static final int MAX_LOGO_BYTES = 1024 * 1024;

    private final ReferenceCache cache;

    /** Uncached, for master data maintenance. */
    public CompanyRepository() {
        this(ReferenceCache.none());
    }

    CompanyRepository(ReferenceCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Company> get(Tx tx) {
        return cache.find("company", 0, () -> Sql.one(tx, """
                SELECT o.Name, l.Address1, l.Address2, l.Address3, l.Address4, l.City, l.Postal, l.RegionName,
                       c.CountryCode, o.TaxID, o.TaxNumber, o.IBAN, o.SwiftCode, o.BankName, o.IsOSS
                  FROM AD_OrgInfo o
                  JOIN C_Location l ON l.C_Location_ID = o.C_Location_ID
                  JOIN C_Country c ON c.C_Country_ID = l.C_Country_ID
                """, rs -> new Company(rs.getString(1), new Location(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), Sql.flag(rs, "IsOSS"))));
    }

    @Override
    public Company save(Tx tx, Company company) {
        if (company == null || blank(company.legalName())) {
            throw new ErpException("The company needs its legal name");
        }
        Location a = company.address();
        if (a == null || blank(a.countryCode())) {
            throw new ErpException("The company needs an address with its country (ISO 3166-1 alpha-2, e.g. DE)");
        }
        if (blank(a.address1()) || blank(a.city())) {
            throw new ErpException("The company's address needs a street and a city");
        }
        if (!blank(company.iban())) {
            Iban.problem(company.iban()).ifPresent(problem -> {
                throw new ErpException(problem);
            });
        }
        if (!blank(company.bic()) && !upper(company.bic()).matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new ErpException("BIC '" + company.bic() + "' is not a BIC: 8 or 11 letters and digits, e.g. COBADEFFXXX");
        }
        int countryId = ReferenceData.countryId(tx, a.countryCode());
        cache.changed(tx);
        int locationId = Sql.insert(tx, """
                INSERT INTO C_Location (Address1, Address2, Address3, Address4, City, Postal, RegionName, C_Country_ID)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING C_Location_ID
                """, trim(a.address1()), trim(a.address2()), trim(a.address3()), trim(a.address4()), trim(a.city()),
                trim(a.postal()), trim(a.region()), countryId);
        Sql.update(tx, """
                INSERT INTO AD_OrgInfo (AD_Org_ID, Name, C_Location_ID, TaxID, TaxNumber, IBAN, SwiftCode, BankName, IsOSS)
                VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (AD_Org_ID) DO UPDATE SET Name = EXCLUDED.Name, C_Location_ID = EXCLUDED.C_Location_ID,
                       TaxID = EXCLUDED.TaxID, TaxNumber = EXCLUDED.TaxNumber, IBAN = EXCLUDED.IBAN,
                       SwiftCode = EXCLUDED.SwiftCode, BankName = EXCLUDED.BankName, IsOSS = EXCLUDED.IsOSS,
                       Updated = now()
                """, company.legalName().strip(), locationId, upper(company.vatId()), trim(company.taxNumber()),
                upper(company.iban()), upper(company.bic()), trim(company.bankName()), Sql.yn(company.oss()));
        return get(tx).orElseThrow();
    }

    @Override
    public Optional<CompanyLogo> logo(Tx tx) {
        return Sql.one(tx, "SELECT LogoMediaType, Logo FROM AD_OrgInfo WHERE Logo IS NOT NULL",
                rs -> new CompanyLogo(rs.getString(1), rs.getBytes(2)));
    }

    @Override
    public void saveLogo(Tx tx, CompanyLogo logo) {
        if (logo != null && !"image/png".equals(logo.mediaType()) && !"image/jpeg".equals(logo.mediaType())) {
            throw new ErpException("The logo must be a PNG or JPEG image, was " + logo.mediaType());
        }
        if (logo != null && logo.content().length > MAX_LOGO_BYTES) {
            throw new ErpException("The logo has " + logo.content().length + " bytes; at most " + MAX_LOGO_BYTES
                    + " are taken");
        }
        int updated = Sql.update(tx, "UPDATE AD_OrgInfo SET Logo = ?, LogoMediaType = ?, Updated = now()",
                logo == null ? null : logo.content(), logo == null ? null : logo.mediaType());
        if (updated == 0) {
            throw new ErpException("Set the company's details before its logo");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    /** VAT ids, IBANs and BICs are compared without spaces, in capitals. */
    private static String upper(String s) {
        return blank(s) ? null : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}

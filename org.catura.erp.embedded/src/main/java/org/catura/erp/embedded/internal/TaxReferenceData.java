package org.catura.erp.embedded.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.catura.core.api.db.JavaStep;
import org.catura.core.api.erp.TaxExemption;

/**
 * Migration V5 of the ERP tables: the VAT rates of the EU-27, GB, CH and NO from the CSV
 * resource {@value #RESOURCE} (checked on the date its header names) as C_Tax rows per tax
 * category and destination country, the categories Super-reduced and Zero, a 0 % row for
 * zero-rated goods, and the two 0 % treatments with their legal notes. C_Tax gains iDempiere's
 * Description, TaxIndicator and IsTaxExempt; AD_SysConfig holds the seller's tax settings. A
 * row a merchant already has for a country and category is kept as it is.
 */
public final class TaxReferenceData implements JavaStep {

    static final String RESOURCE = "db/reference/vat-rates.csv";
    /** C_TaxCategory names by the CSV's and the command line's words. */
    static final List<String[]> CATEGORIES = List.of(new String[] {"standard", "Standard"},
            new String[] {"reduced", "Reduced"}, new String[] {"super_reduced", "Super-reduced"},
            new String[] {"zero", "Zero"});

    /** One row of the CSV. */
    record Rate(String country, String category, BigDecimal rate) {
    }

    @Override
    public String version() {
        return "5";
    }

    @Override
    public String description() {
        return "tax rates";
    }

    @Override
    public Integer checksum() {
        CRC32 crc = new CRC32();
        crc.update(read());
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    ALTER TABLE C_Tax ADD COLUMN Description VARCHAR(255);
                    ALTER TABLE C_Tax ADD COLUMN TaxIndicator VARCHAR(10);
                    ALTER TABLE C_Tax ADD COLUMN IsTaxExempt CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsTaxExempt IN ('Y','N'));
                    DROP INDEX C_Tax_Rate_Country;
                    CREATE UNIQUE INDEX C_Tax_Rate_Country
                        ON C_Tax (Rate, C_TaxCategory_ID, COALESCE(To_Country_ID, 0), COALESCE(TaxIndicator, ''));
                    INSERT INTO C_TaxCategory (Name) VALUES ('Super-reduced'), ('Zero') ON CONFLICT (Name) DO NOTHING;
                    CREATE SEQUENCE AD_SysConfig_SQ START 1000000;
                    CREATE TABLE AD_SysConfig (
                        AD_SysConfig_ID  NUMERIC(10) PRIMARY KEY DEFAULT nextval('ad_sysconfig_sq'),
                        AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
                        AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
                        IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
                        Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
                        CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
                        Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
                        UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
                        Name             VARCHAR(50) NOT NULL UNIQUE,
                        Value            VARCHAR(255) NOT NULL,
                        Description      VARCHAR(255)
                    );
                    """);
        }
        for (Rate r : rates()) {
            insertIfMissing(c, TaxNames.of(r.country(), r.rate(), r.category()), r.rate(), category(r.category()),
                    r.country(), null, null);
        }
        insertIfMissing(c, "Zero-rated 0%", BigDecimal.ZERO, "Zero", null, null, null);
        for (TaxExemption e : TaxExemption.values()) {
            insertIfMissing(c, e == TaxExemption.EXPORT ? "Export 0%" : "Intra-Community supply 0%", BigDecimal.ZERO,
                    "Zero", null, e.indicator(), e.defaultNote());
        }
    }

    /** The rows of the CSV resource, comments and header skipped. */
    static List<Rate> rates() {
        List<Rate> rates = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(read()), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("country,")) {
                    continue;
                }
                String[] f = t.split(",");
                if (f.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected country,category,rate");
                }
                rates.add(new Rate(f[0].strip().toUpperCase(Locale.ROOT), f[1].strip(), new BigDecimal(f[2].strip())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rates;
    }

    /** The date the CSV says its rates were checked on. */
    public static String checkedOn() {
        String text = new String(read(), StandardCharsets.UTF_8);
        int at = text.indexOf("# checked: ");
        return at < 0 ? null : text.substring(at + 11, at + 21);
    }

    /** The C_TaxCategory name of a CSV or command-line word (standard, reduced, super_reduced, zero). */
    public static String category(String word) {
        for (String[] c : CATEGORIES) {
            if (c[0].equalsIgnoreCase(word) || c[1].equalsIgnoreCase(word)) {
                return c[1];
            }
        }
        return null;
    }

    private static byte[] read() {
        try (InputStream in = TaxReferenceData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the embedded ERP's bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void insertIfMissing(Connection c, String name, BigDecimal rate, String category, String country,
            String indicator, String note) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO C_Tax (Name, Rate, C_TaxCategory_ID, To_Country_ID, TaxIndicator, IsTaxExempt, Description)
                SELECT ?, ?, tc.C_TaxCategory_ID, co.C_Country_ID, ?::varchar, ?, ?
                  FROM C_TaxCategory tc LEFT JOIN C_Country co ON co.CountryCode = ?::varchar
                 WHERE tc.Name = ? AND (?::varchar IS NULL OR co.C_Country_ID IS NOT NULL)
                   AND NOT EXISTS (SELECT 1 FROM C_Tax t WHERE t.C_TaxCategory_ID = tc.C_TaxCategory_ID
                                      AND COALESCE(t.To_Country_ID, 0) = COALESCE(co.C_Country_ID, 0)
                                      AND COALESCE(t.TaxIndicator, '') = COALESCE(?::varchar, ''))
                """)) {
            p.setString(1, name);
            p.setBigDecimal(2, rate);
            p.setString(3, indicator);
            p.setString(4, indicator == null ? "N" : "Y");
            p.setString(5, note);
            p.setString(6, country);
            p.setString(7, category);
            p.setString(8, country);
            p.setString(9, indicator);
            p.executeUpdate();
        }
    }

}

package org.catura.erp.embedded.api;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.EuCountries;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.Warehouse;
import org.catura.erp.embedded.internal.ChargeRepository;
import org.catura.erp.embedded.internal.ProductRepository;
import org.catura.erp.embedded.internal.ReferenceData;
import org.catura.erp.embedded.internal.Sql;
import org.catura.erp.embedded.internal.Storage;
import org.catura.erp.embedded.internal.TaxNames;
import org.catura.erp.embedded.internal.TaxReferenceData;
import org.catura.erp.embedded.internal.TaxRepository;

/**
 * Master data of the embedded ERP that the ERP port does not create: products, warehouses,
 * stock on hand, tax rates, charges, currencies, and the demo catalogue. Stateless; every call
 * works in the caller's transaction. Registered as an OSGi service once the ERP tables are
 * migrated, and may also be constructed directly (tests, tools) on a migrated database. The ERP
 * keeps reference data in memory: the service drops it whenever master data changes; an instance
 * constructed directly does not, and the ERP sees its changes once its cache has expired
 * (seconds; see the module's README).
 */
public class MasterData {

    private final ProductRepository products = new ProductRepository();
    private final TaxRepository taxes = new TaxRepository();
    private final ChargeRepository charges = new ChargeRepository();

    public Product createProduct(Tx tx, String sku, String name, BigDecimal weightKg, BigDecimal widthCm,
            BigDecimal heightCm, BigDecimal depthCm) {
        return createProduct(tx, new ProductSpec(sku, name, weightKg, widthCm, heightCm, depthCm, null));
    }

    /** Creates a stocked product; refused when the SKU is taken or a measure is negative. */
    public Product createProduct(Tx tx, ProductSpec spec) {
        String sku = checked(spec);
        if (productId(tx, sku).isPresent()) {
            throw new ErpException("A product with SKU " + sku + " already exists");
        }
        changed(tx);
        return products.get(tx, insert(tx, sku, spec)).orElseThrow();
    }

    /**
     * Updates the product with the spec's SKU: name, measures, tax category, GTIN and list price
     * become the spec's (a null clears a measure, the GTIN or the price); refused when no product
     * has that SKU.
     */
    public Product updateProduct(Tx tx, ProductSpec spec) {
        String sku = checked(spec);
        int id = productId(tx, sku).orElseThrow(() -> new ErpException("No product with SKU " + sku
                + "; create it first"));
        changed(tx);
        update(tx, id, spec);
        return products.get(tx, id).orElseThrow();
    }

    /**
     * Creates each product whose SKU is new and updates the others, in the caller's transaction;
     * {@code progress} hears the number of products saved every {@code every} products.
     */
    public SaveCount saveProducts(Tx tx, List<ProductSpec> specs, int every, IntConsumer progress) {
        specs.forEach(MasterData::checked);
        changed(tx);
        int created = 0;
        int updated = 0;
        for (ProductSpec spec : specs) {
            Optional<Integer> id = productId(tx, spec.sku().strip());
            if (id.isPresent()) {
                update(tx, id.get(), spec);
                updated++;
            } else {
                insert(tx, spec.sku().strip(), spec);
                created++;
            }
            if (every > 0 && (created + updated) % every == 0) {
                progress.accept(created + updated);
            }
        }
        return new SaveCount(created, updated);
    }

    /** How many products {@link #saveProducts} created and updated. */
    public record SaveCount(int created, int updated) {
    }

    /** The product's price on the sales price list, if it has one. */
    public Optional<BigDecimal> listPrice(Tx tx, int productId) {
        return Sql.one(tx, "SELECT PriceList FROM M_ProductPrice WHERE M_PriceList_Version_ID = ? AND M_Product_ID = ?",
                rs -> rs.getBigDecimal(1), priceListVersion(tx), productId);
    }

    /** The product's GTIN (M_Product.UPC), if it has one. */
    public Optional<String> gtin(Tx tx, int productId) {
        return Sql.one(tx, "SELECT UPC FROM M_Product WHERE M_Product_ID = ?", rs -> rs.getString(1), productId);
    }

    /** Every warehouse, active or not, by search key. */
    public List<Warehouse> warehouses(Tx tx) {
        return Sql.list(tx, "SELECT M_Warehouse_ID, Value, Name FROM M_Warehouse ORDER BY Value",
                rs -> new Warehouse(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    private static Optional<Integer> productId(Tx tx, String sku) {
        return Sql.one(tx, "SELECT M_Product_ID FROM M_Product WHERE Value = ?", rs -> rs.getInt(1), sku);
    }

    private int insert(Tx tx, String sku, ProductSpec spec) {
        int id = Sql.insert(tx, """
                INSERT INTO M_Product (Value, Name, C_UOM_ID, C_TaxCategory_ID, Weight, ShelfWidth, ShelfHeight, ShelfDepth, UPC)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING M_Product_ID
                """, sku, spec.name().strip(), ReferenceData.defaultUomId(tx),
                ReferenceData.taxCategoryId(tx, spec.taxCategory()), spec.weightKg(), spec.widthCm(), spec.heightCm(),
                spec.depthCm(), blankToNull(spec.gtin()));
        savePrice(tx, id, spec.listPrice());
        return id;
    }

    private void update(Tx tx, int id, ProductSpec spec) {
        Sql.update(tx, """
                UPDATE M_Product SET Name = ?, C_TaxCategory_ID = ?, Weight = ?, ShelfWidth = ?, ShelfHeight = ?,
                       ShelfDepth = ?, UPC = ?, Updated = now()
                 WHERE M_Product_ID = ?
                """, spec.name().strip(), ReferenceData.taxCategoryId(tx, spec.taxCategory()), spec.weightKg(),
                spec.widthCm(), spec.heightCm(), spec.depthCm(), blankToNull(spec.gtin()), id);
        savePrice(tx, id, spec.listPrice());
    }

    private static void savePrice(Tx tx, int productId, BigDecimal price) {
        int version = priceListVersion(tx);
        if (price == null) {
            Sql.update(tx, "DELETE FROM M_ProductPrice WHERE M_PriceList_Version_ID = ? AND M_Product_ID = ?", version,
                    productId);
            return;
        }
        Sql.update(tx, """
                INSERT INTO M_ProductPrice (M_PriceList_Version_ID, M_Product_ID, PriceList, PriceStd) VALUES (?, ?, ?, ?)
                ON CONFLICT (M_PriceList_Version_ID, M_Product_ID)
                DO UPDATE SET PriceList = EXCLUDED.PriceList, PriceStd = EXCLUDED.PriceStd, Updated = now()
                """, version, productId, price, price);
    }

    private static int priceListVersion(Tx tx) {
        return Sql.one(tx, """
                SELECT v.M_PriceList_Version_ID FROM M_PriceList_Version v
                  JOIN M_PriceList l ON l.M_PriceList_ID = v.M_PriceList_ID
                 WHERE l.IsDefault = 'Y' AND l.IsSOPriceList = 'Y' AND v.IsActive = 'Y'
                 ORDER BY v.ValidFrom DESC LIMIT 1
                """, rs -> rs.getInt(1))
                .orElseThrow(() -> new ErpException("The embedded ERP has no default sales price list (M_PriceList); "
                        + "its migration V6 creates one"));
    }

    private static String checked(ProductSpec spec) {
        if (spec == null || spec.sku() == null || spec.sku().isBlank()) {
            throw new ErpException("A product needs a SKU");
        }
        String sku = spec.sku().strip();
        if (spec.name() == null || spec.name().isBlank()) {
            throw new ErpException("Product " + sku + " needs a name");
        }
        requireNotNegative(sku, "weight", spec.weightKg());
        requireNotNegative(sku, "width", spec.widthCm());
        requireNotNegative(sku, "height", spec.heightCm());
        requireNotNegative(sku, "depth", spec.depthCm());
        requireNotNegative(sku, "list price", spec.listPrice());
        return sku;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Creates a warehouse with its default locator (where stock is counted and shipped from). */
    public Warehouse createWarehouse(Tx tx, String value, String name) {
        if (value == null || value.isBlank() || name == null || name.isBlank()) {
            throw new ErpException("A warehouse needs a search key and a name");
        }
        String key = value.strip();
        if (findWarehouse(tx, key).isPresent()) {
            throw new ErpException("A warehouse with search key " + key + " already exists");
        }
        changed(tx);
        int id = Sql.insert(tx, "INSERT INTO M_Warehouse (Value, Name) VALUES (?, ?) RETURNING M_Warehouse_ID", key,
                name.strip());
        Sql.update(tx, "INSERT INTO M_Locator (M_Warehouse_ID, Value, IsDefault, X, Y, Z) VALUES (?, ?, 'Y', '0', '0', '0')",
                id, key + "-Standard");
        return new Warehouse(id, key, name.strip());
    }

    public Optional<Warehouse> findWarehouse(Tx tx, String value) {
        return Sql.one(tx, "SELECT M_Warehouse_ID, Value, Name FROM M_Warehouse WHERE Value = ?",
                rs -> new Warehouse(rs.getInt(1), rs.getString(2), rs.getString(3)), value);
    }

    /** Sets the quantity on hand of a product in the warehouse's default locator (an inventory count). */
    public void setOnHand(Tx tx, int productId, int warehouseId, BigDecimal qty) {
        if (qty == null || qty.signum() < 0) {
            throw new ErpException("Stock on hand must be zero or more, was " + qty);
        }
        if (products.get(tx, productId).isEmpty()) {
            throw new ErpException("Product " + productId + " does not exist");
        }
        Storage.setOnHand(tx, productId, Storage.defaultLocator(tx, warehouseId), qty);
    }

    /**
     * Creates a sales tax rate for sales to {@code countryCode} (null: any country) in the tax
     * category (null: Standard); refused when that rate already exists there.
     */
    public Tax createTax(Tx tx, String name, BigDecimal rate, String countryCode, String taxCategory) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new ErpException("A tax rate must be from 0 to below 100 percent, was " + rate);
        }
        Integer countryId = countryCode == null ? null : ReferenceData.countryId(tx, countryCode);
        int categoryId = ReferenceData.taxCategoryId(tx, taxCategory);
        if (findTax(tx, rate, countryId, categoryId).isPresent()) {
            throw new ErpException("A " + rate.toPlainString() + "% tax for "
                    + (countryCode == null ? "any country" : countryCode) + " already exists in that tax category");
        }
        String taxName = name == null || name.isBlank() ? TaxNames.of(countryCode == null ? null
                : ReferenceData.normaliseCountry(countryCode), rate, null) : name.strip();
        changed(tx);
        int id = Sql.insert(tx, "INSERT INTO C_Tax (Name, Rate, C_TaxCategory_ID, To_Country_ID) VALUES (?, ?, ?, ?) RETURNING C_Tax_ID",
                taxName, rate, categoryId, countryId);
        return taxes.list(tx).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /**
     * Sets the rate of a tax category for sales to a country: changes the country's row of that
     * category (its name follows the rate) or creates it. Orders entered afterwards use it; orders
     * already entered keep theirs.
     *
     * @param category standard, reduced, super_reduced or zero (or the C_TaxCategory name)
     */
    public TaxRateRow setTaxRate(Tx tx, String countryCode, String category, BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new ErpException("A tax rate must be from 0 to below 100 percent, was " + rate);
        }
        String country = ReferenceData.normaliseCountry(countryCode);
        int countryId = ReferenceData.countryId(tx, country);
        String categoryName = TaxReferenceData.category(category == null ? "" : category.strip());
        if (categoryName == null) {
            throw new ErpException("Unknown tax category '" + category + "' (known: standard, reduced, super_reduced,"
                    + " zero)");
        }
        int categoryId = ReferenceData.taxCategoryId(tx, categoryName);
        List<Integer> rows = Sql.list(tx, """
                SELECT C_Tax_ID FROM C_Tax WHERE To_Country_ID = ? AND C_TaxCategory_ID = ? AND TaxIndicator IS NULL
                   AND IsActive = 'Y' ORDER BY C_Tax_ID
                """, rs -> rs.getInt(1), countryId, categoryId);
        if (rows.size() > 1) {
            throw new ErpException(country + " has " + rows.size() + " active " + categoryName + " rates (C_Tax "
                    + rows + "): deactivate all but one (IsActive = 'N') before setting the rate");
        }
        changed(tx);
        String name = TaxNames.of(country, rate, categoryName);
        if (rows.isEmpty()) {
            if (findTax(tx, rate, countryId, categoryId).isPresent()) {
                throw new ErpException("An inactive " + rate.toPlainString() + "% " + categoryName + " tax for "
                        + country + " exists: activate it (IsActive = 'Y')");
            }
            Sql.insert(tx, "INSERT INTO C_Tax (Name, Rate, C_TaxCategory_ID, To_Country_ID) VALUES (?, ?, ?, ?)"
                    + " RETURNING C_Tax_ID", name, rate, categoryId, countryId);
        } else {
            Sql.update(tx, "UPDATE C_Tax SET Rate = ?, Name = ?, Updated = now() WHERE C_Tax_ID = ?", rate, name,
                    rows.get(0));
        }
        return listTaxes(tx, country).stream().filter(r -> categoryName.equals(
                TaxReferenceData.category(r.category())) && r.indicator() == null).findFirst().orElseThrow();
    }

    /** The active taxes, for one country (with the rows for any country) or all when null; by country and category. */
    public List<TaxRateRow> listTaxes(Tx tx, String countryCode) {
        String country = countryCode == null || countryCode.isBlank() ? null
                : ReferenceData.normaliseCountry(countryCode);
        return Sql.list(tx, """
                SELECT t.C_Tax_ID, c.CountryCode, tc.Name, t.Rate, t.Name, t.TaxIndicator, t.Description
                  FROM C_Tax t JOIN C_TaxCategory tc ON tc.C_TaxCategory_ID = t.C_TaxCategory_ID
                  LEFT JOIN C_Country c ON c.C_Country_ID = t.To_Country_ID
                 WHERE t.IsActive = 'Y' AND (?::varchar IS NULL OR c.CountryCode = ?::varchar OR t.To_Country_ID IS NULL)
                 ORDER BY c.CountryCode NULLS LAST,
                          CASE tc.Name WHEN 'Standard' THEN 1 WHEN 'Reduced' THEN 2 WHEN 'Super-reduced' THEN 3
                                       WHEN 'Zero' THEN 4 ELSE 5 END, t.TaxIndicator NULLS FIRST, t.C_Tax_ID
                """, rs -> new TaxRateRow(rs.getInt(1), rs.getString(2), word(rs.getString(3)), rs.getBigDecimal(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), country, country);
    }

    /**
     * Sets the countries outside the EU where the seller is registered for VAT and charges that
     * country's rate instead of exporting at 0 % (AD_SysConfig CATURA_LOCAL_VAT_COUNTRIES); empty
     * for none.
     */
    public Set<String> setLocalVatCountries(Tx tx, Set<String> countries) {
        Set<String> codes = new TreeSet<>();
        for (String c : countries) {
            String code = ReferenceData.normaliseCountry(c);
            ReferenceData.countryId(tx, code);
            if (EuCountries.contains(code)) {
                throw new ErpException(code + " is in the EU: sales there are decided by OSS and VAT ids, not"
                        + " by this setting");
            }
            codes.add(code);
        }
        changed(tx);
        Sql.update(tx, """
                INSERT INTO AD_SysConfig (Name, Value, Description) VALUES (?, ?, ?)
                ON CONFLICT (Name) DO UPDATE SET Value = EXCLUDED.Value, Updated = now()
                """, TaxRepository.LOCAL_VAT_COUNTRIES, String.join(",", codes),
                "Countries outside the EU where the seller charges their VAT instead of exporting at 0 %");
        return codes;
    }

    /** The countries outside the EU where the seller charges VAT (AD_SysConfig CATURA_LOCAL_VAT_COUNTRIES). */
    public Set<String> localVatCountries(Tx tx) {
        return new TaxRepository().localVatCountries(tx);
    }

    /** The date the shipped VAT rates (V5, {@code db/reference/vat-rates.csv}) were checked on. */
    public String taxRatesCheckedOn() {
        return TaxReferenceData.checkedOn();
    }

    /** The C_TaxCategory name's command-line word: Super-reduced is super_reduced. */
    private static String word(String categoryName) {
        return categoryName.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    public Charge createCharge(Tx tx, String name) {
        if (name == null || name.isBlank()) {
            throw new ErpException("A charge needs a name");
        }
        if (charges.findByName(tx, name).isPresent()) {
            throw new ErpException("A charge named '" + name.strip() + "' already exists");
        }
        changed(tx);
        int id = Sql.insert(tx, "INSERT INTO C_Charge (Name, C_TaxCategory_ID) VALUES (?, ?) RETURNING C_Charge_ID",
                name.strip(), ReferenceData.taxCategoryId(tx, null));
        return new Charge(id, name.strip());
    }

    /** Adds the ISO 4217 currency to C_Currency unless it is there; true when it was added. */
    public boolean ensureCurrency(Tx tx, String isoCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(isoCode == null ? "" : isoCode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ErpException("Unknown currency '" + isoCode + "' (ISO 4217 code expected, e.g. EUR)");
        }
        changed(tx);
        return Sql.update(tx, """
                INSERT INTO C_Currency (ISO_Code, CurSymbol, Description, StdPrecision) VALUES (?, ?, ?, ?)
                ON CONFLICT (ISO_Code) DO NOTHING
                """, currency.getCurrencyCode(), currency.getSymbol(Locale.ENGLISH),
                currency.getDisplayName(Locale.ENGLISH), Math.max(0, currency.getDefaultFractionDigits())) == 1;
    }

    /**
     * Loads the {@link DemoCatalogue}: whatever is already there (by SKU, warehouse key, tax
     * country and rate, charge name, currency code, an existing stock record) is left as it is,
     * so a second call changes nothing, and stock sold since is not reset.
     */
    public DemoSeedResult seedDemo(Tx tx) {
        int currencies = 0;
        for (String iso : DemoCatalogue.CURRENCIES) {
            currencies += ensureCurrency(tx, iso) ? 1 : 0;
        }
        int warehouses = 0;
        Warehouse main = findWarehouse(tx, DemoCatalogue.MAIN_WAREHOUSE).orElse(null);
        if (main == null) {
            main = createWarehouse(tx, DemoCatalogue.MAIN_WAREHOUSE, "Main warehouse (in-house)");
            warehouses++;
        }
        Warehouse thirdParty = findWarehouse(tx, DemoCatalogue.THIRD_PARTY_WAREHOUSE).orElse(null);
        if (thirdParty == null) {
            thirdParty = createWarehouse(tx, DemoCatalogue.THIRD_PARTY_WAREHOUSE, "External fulfilment partner (3PL)");
            warehouses++;
        }
        int created = 0;
        int stock = 0;
        for (DemoCatalogue.DemoProduct p : DemoCatalogue.PRODUCTS) {
            Product product = products.findBySku(tx, p.spec().sku()).orElse(null);
            if (product == null) {
                product = createProduct(tx, p.spec());
                created++;
            }
            stock += initialStock(tx, product.id(), main.id(), p.stockMain()) ? 1 : 0;
            stock += initialStock(tx, product.id(), thirdParty.id(), p.stock3pl()) ? 1 : 0;
        }
        int taxCount = 0;
        for (DemoCatalogue.DemoTax t : DemoCatalogue.TAXES) {
            int countryId = ReferenceData.countryId(tx, t.countryCode());
            if (findTax(tx, t.rate(), countryId, ReferenceData.taxCategoryId(tx, t.taxCategory())).isEmpty()) {
                createTax(tx, null, t.rate(), t.countryCode(), t.taxCategory());
                taxCount++;
            }
        }
        int chargeCount = 0;
        for (String name : DemoCatalogue.CHARGES) {
            if (charges.findByName(tx, name).isEmpty()) {
                createCharge(tx, name);
                chargeCount++;
            }
        }
        return new DemoSeedResult(created, warehouses, stock, taxCount, chargeCount, currencies);
    }

    /**
     * Called before each change of reference data in {@code tx} (products, warehouses, taxes,
     * charges, currencies; stock is no reference data). The service drops the ERP's cached
     * reference data here; a plain instance does nothing.
     */
    protected void changed(Tx tx) {
        // Nothing cached to drop.
    }

    private boolean initialStock(Tx tx, int productId, int warehouseId, BigDecimal qty) {
        int locatorId = Storage.defaultLocator(tx, warehouseId);
        boolean counted = Sql.one(tx, "SELECT 1 FROM M_StorageOnHand WHERE M_Product_ID = ? AND M_Locator_ID = ?",
                rs -> 1, productId, locatorId).isPresent();
        if (counted) {
            return false;
        }
        Storage.setOnHand(tx, productId, locatorId, qty);
        return true;
    }

    private static Optional<Integer> findTax(Tx tx, BigDecimal rate, Integer countryId, int categoryId) {
        return Sql.one(tx, """
                SELECT C_Tax_ID FROM C_Tax
                 WHERE Rate = ? AND C_TaxCategory_ID = ? AND COALESCE(To_Country_ID, 0) = COALESCE(?::numeric, 0)
                """, rs -> rs.getInt(1), rate, categoryId, countryId);
    }

    private static void requireNotNegative(String sku, String what, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new ErpException("Product " + sku + ": " + what + " must not be negative, was " + value);
        }
    }
}

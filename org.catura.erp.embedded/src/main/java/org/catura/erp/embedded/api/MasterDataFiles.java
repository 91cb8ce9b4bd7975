package org.catura.erp.embedded.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Warehouse;
import org.catura.erp.embedded.internal.CsvFile;
import org.catura.erp.embedded.internal.Gtin;
import org.catura.erp.embedded.internal.Sql;

/**
 * The merchant's master data files: products ({@link #PRODUCT_COLUMNS}) and stock counts
 * ({@link #STOCK_COLUMNS}), as the runtime README describes them. A file is read and checked
 * whole before anything is written; a file with any problem is refused with all of them
 * ({@link MasterDataFileException}) and changes nothing. Works in the caller's transaction, so a
 * failure while writing leaves nothing either.
 */
public final class MasterDataFiles {

    public static final List<String> PRODUCT_COLUMNS = List.of("sku", "name", "gtin", "weight_kg", "length_cm",
            "width_cm", "height_cm", "tax_category", "list_price");
    public static final List<String> STOCK_COLUMNS = List.of("sku", "warehouse", "quantity");

    /** The file's tax_category words and the C_TaxCategory names they stand for. */
    static final Map<String, String> TAX_CATEGORIES = Map.of("standard", "Standard", "reduced", "Reduced",
            "super_reduced", "Super-reduced", "zero", "Zero");

    private static final int PROGRESS_EVERY = 1000;

    private final MasterData masterData;

    public MasterDataFiles(MasterData masterData) {
        this.masterData = masterData;
    }

    /**
     * Creates the products whose SKU is new and updates the others (a row replaces name, measures,
     * tax category, GTIN and list price; an empty cell clears that value). {@code progress} hears the
     * number of rows stored every thousand rows.
     */
    public FileImportResult importProducts(Tx tx, Path file, IntConsumer progress) {
        CsvFile csv = CsvFile.read(file, PRODUCT_COLUMNS);
        List<RowProblem> problems = new ArrayList<>(csv.problems());
        List<ProductSpec> specs = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            Cells cells = new Cells(row, csv.delimiter(), problems);
            String sku = cells.text("sku", 40, true);
            String name = cells.text("name", 255, true);
            String gtin = cells.gtin("gtin");
            BigDecimal weight = cells.number("weight_kg");
            BigDecimal length = cells.number("length_cm");
            BigDecimal width = cells.number("width_cm");
            BigDecimal height = cells.number("height_cm");
            String category = cells.taxCategory("tax_category");
            BigDecimal price = cells.number("list_price");
            if (sku != null) {
                Long first = seen.putIfAbsent(sku, row.line());
                if (first != null) {
                    problems.add(new RowProblem(row.line(), "sku", "'" + sku + "' is already on line " + first));
                }
            }
            specs.add(new ProductSpec(sku, name, weight, width, height, length, category, gtin, price));
        }
        refuseIf(file, problems);
        MasterData.SaveCount count = masterData.saveProducts(tx, specs, PROGRESS_EVERY, progress);
        return new FileImportResult(specs.size(), count.created(), count.updated());
    }

    /**
     * Sets each row's quantity as the product's stock on hand in the warehouse (an inventory
     * count); products and warehouses must exist. Created counts the stock records that were new.
     */
    public FileImportResult importStock(Tx tx, Path file, IntConsumer progress) {
        CsvFile csv = CsvFile.read(file, STOCK_COLUMNS);
        List<RowProblem> problems = new ArrayList<>(csv.problems());
        Map<String, Warehouse> warehouses = new HashMap<>();
        masterData.warehouses(tx).forEach(w -> warehouses.put(w.value().toUpperCase(Locale.ROOT), w));
        record Count(int productId, Warehouse warehouse, BigDecimal qty) {
        }
        List<Count> counts = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            Cells cells = new Cells(row, csv.delimiter(), problems);
            String sku = cells.text("sku", 40, true);
            String code = cells.text("warehouse", 40, true);
            BigDecimal qty = cells.number("quantity");
            if (row.get("quantity") == null) {
                problems.add(new RowProblem(row.line(), "quantity", "is empty (0 for none)"));
            }
            Optional<Integer> product = sku == null ? Optional.empty() : Sql.one(tx,
                    "SELECT M_Product_ID FROM M_Product WHERE Value = ?", rs -> rs.getInt(1), sku);
            if (sku != null && product.isEmpty()) {
                problems.add(new RowProblem(row.line(), "sku", "no product has SKU '" + sku
                        + "' (import it with `catura products import` first)"));
            }
            Warehouse warehouse = code == null ? null : warehouses.get(code.toUpperCase(Locale.ROOT));
            if (code != null && warehouse == null) {
                problems.add(new RowProblem(row.line(), "warehouse", "no warehouse '" + code + "'; warehouses: "
                        + String.join(", ", masterData.warehouses(tx).stream().map(Warehouse::value).toList())));
            }
            if (product.isPresent() && warehouse != null) {
                Long first = seen.putIfAbsent(product.get() + "@" + warehouse.id(), row.line());
                if (first != null) {
                    problems.add(new RowProblem(row.line(), "sku", "'" + sku + "' in " + warehouse.value()
                            + " is already on line " + first));
                }
                if (qty != null) {
                    counts.add(new Count(product.get(), warehouse, qty));
                }
            }
        }
        refuseIf(file, problems);
        int created = 0;
        int done = 0;
        for (Count c : counts) {
            boolean existed = Sql.one(tx, """
                    SELECT 1 FROM M_StorageOnHand s JOIN M_Locator l ON l.M_Locator_ID = s.M_Locator_ID
                     WHERE s.M_Product_ID = ? AND l.M_Warehouse_ID = ? AND l.IsDefault = 'Y'
                    """, rs -> 1, c.productId(), c.warehouse().id()).isPresent();
            masterData.setOnHand(tx, c.productId(), c.warehouse().id(), c.qty());
            created += existed ? 0 : 1;
            if (++done % PROGRESS_EVERY == 0) {
                progress.accept(done);
            }
        }
        return new FileImportResult(counts.size(), created, counts.size() - created);
    }

    private static void refuseIf(Path file, List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::line));
            throw new MasterDataFileException(file, problems);
        }
    }

    /** One row's cells, read and checked; each problem is added, and the value is then null. */
    private record Cells(CsvFile.Row row, char delimiter, List<RowProblem> problems) {

        String text(String column, int maxLength, boolean required) {
            String value = row.get(column);
            if (value == null) {
                if (required) {
                    problem(column, "is empty");
                }
                return null;
            }
            if (value.length() > maxLength) {
                problem(column, "has " + value.length() + " characters, at most " + maxLength + " fit");
                return null;
            }
            return value;
        }

        BigDecimal number(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            // A spreadsheet that separates with semicolons writes decimal commas (12,50).
            String plain = delimiter == ';' && value.matches("\\d+,\\d+") ? value.replace(',', '.') : value;
            BigDecimal number;
            try {
                number = new BigDecimal(plain);
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a number");
                return null;
            }
            if (number.signum() < 0) {
                problem(column, "'" + value + "' is negative");
                return null;
            }
            return number;
        }

        String gtin(String column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            Optional<String> wrong = Gtin.problem(value);
            wrong.ifPresent(w -> problem(column, "'" + value + "' " + w));
            return wrong.isPresent() ? null : value;
        }

        String taxCategory(String column) {
            String value = row.get(column);
            if (value == null) {
                return TAX_CATEGORIES.get("standard");
            }
            String name = TAX_CATEGORIES.get(value.toLowerCase(Locale.ROOT));
            if (name == null) {
                problem(column, "'" + value + "' is not one of standard, reduced, super_reduced, zero");
            }
            return name;
        }

        private void problem(String column, String message) {
            problems.add(new RowProblem(row.line(), column, message));
        }
    }
}

package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.Warehouse;

/** M_Product, M_Warehouse and the stock queries; products and warehouses through the {@link ReferenceCache}, stock never. */
public final class ProductRepository implements Products {

    private static final String SELECT = """
            SELECT p.M_Product_ID, p.Value, p.Name, u.X12DE355, p.Weight, p.ShelfWidth, p.ShelfHeight, p.ShelfDepth,
                   p.IsStocked, p.C_TaxCategory_ID
              FROM M_Product p JOIN C_UOM u ON u.C_UOM_ID = p.C_UOM_ID
            """;

    private final ReferenceCache cache;

    /** Uncached, for master data maintenance. */
    public ProductRepository() {
        this(ReferenceCache.none());
    }

    ProductRepository(ReferenceCache cache) {
        this.cache = cache;
    }

    @Override
    public Optional<Product> get(Tx tx, int productId) {
        return cache.find("product", productId,
                () -> Sql.one(tx, SELECT + " WHERE p.M_Product_ID = ?", ProductRepository::product, productId));
    }

    @Override
    public Optional<Product> findBySku(Tx tx, String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        String value = sku.strip();
        return cache.find("product-by-sku", value, () -> Sql.one(tx, SELECT + " WHERE p.Value = ? AND p.IsActive = 'Y'",
                ProductRepository::product, value));
    }

    @Override
    public List<Product> search(Tx tx, String text, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset not negative, were " + limit
                    + " and " + offset);
        }
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_")) + "%";
        return Sql.list(tx, SELECT + """
                 WHERE p.IsActive = 'Y' AND (lower(p.Value) LIKE ? OR lower(p.Name) LIKE ?)
                 ORDER BY p.Value LIMIT ? OFFSET ?
                """, ProductRepository::product, pattern, pattern, limit, offset);
    }

    @Override
    public List<Warehouse> warehouses(Tx tx) {
        return cache.get("warehouses", "active", () -> List.copyOf(Sql.list(tx,
                "SELECT M_Warehouse_ID, Value, Name FROM M_Warehouse WHERE IsActive = 'Y' ORDER BY M_Warehouse_ID",
                rs -> new Warehouse(rs.getInt(1), rs.getString(2), rs.getString(3)))));
    }

    /** Whether the product exists and is active (an order line may name it). */
    boolean isActive(Tx tx, int productId) {
        return cache.find("active-product", productId, () -> Sql.one(tx,
                "SELECT 1 FROM M_Product WHERE M_Product_ID = ? AND IsActive = 'Y'", rs -> Boolean.TRUE, productId))
                .isPresent();
    }

    /** Whether the warehouse exists and is active (an order may be shipped from it). */
    boolean isActiveWarehouse(Tx tx, int warehouseId) {
        return cache.find("active-warehouse", warehouseId, () -> Sql.one(tx,
                "SELECT 1 FROM M_Warehouse WHERE M_Warehouse_ID = ? AND IsActive = 'Y'", rs -> Boolean.TRUE,
                warehouseId)).isPresent();
    }

    /** The warehouse's default locator: where stock is counted and shipped from. */
    int defaultLocator(Tx tx, int warehouseId) {
        return cache.get("default-locator", warehouseId, () -> Storage.defaultLocator(tx, warehouseId));
    }

    @Override
    public BigDecimal qtyOnHand(Tx tx, int productId, int warehouseId) {
        return Storage.onHand(tx, productId, warehouseId);
    }

    @Override
    public BigDecimal qtyAvailable(Tx tx, int productId, int warehouseId) {
        return Storage.available(tx, productId, warehouseId);
    }

    private static Product product(ResultSet rs) throws SQLException {
        return new Product(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), Sql.flag(rs, "IsStocked"),
                rs.getInt(10));
    }
}

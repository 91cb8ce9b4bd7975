package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.Warehouse;
import org.catura.erp.adempiere.mapping.ErpQuery;
import org.catura.erp.adempiere.mapping.Queries;
import org.compiere.model.MProduct;
import org.compiere.model.MWarehouse;
import org.compiere.util.DB;

final class AdempiereProducts implements Products {

    private final ErpSettings settings;

    AdempiereProducts(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Product> get(Tx tx, int productId) {
        Session s = Session.of(tx, settings);
        MProduct p = new MProduct(s.ctx, productId, s.trxName);
        return p.get_ID() > 0 ? Optional.of(Records.product(p)) : Optional.empty();
    }

    @Override
    public Optional<Product> findBySku(Tx tx, String sku) {
        Session s = Session.of(tx, settings);
        List<MProduct> found = s.list(AdempiereBusinessPartners.checked(() -> Queries.productBySku(sku)));
        if (found.size() > 1) {
            throw new ErpException("SKU '" + sku + "' is the search key of " + found.size() + " active products");
        }
        return found.stream().findFirst().map(Records::product);
    }

    @Override
    public List<Product> search(Tx tx, String text, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and offset not negative, were " + limit
                    + " and " + offset);
        }
        Session s = Session.of(tx, settings);
        ErpQuery q = Queries.productSearch(text);
        try {
            return Queries.page(s.ids(q), limit, offset).stream()
                    .map(id -> Records.product(new MProduct(s.ctx, id, s.trxName))).toList();
        } catch (RuntimeException e) {
            throw new ErpException("Searching products failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Warehouse> warehouses(Tx tx) {
        Session s = Session.of(tx, settings);
        List<MWarehouse> found = s.list(Queries.warehouses());
        return found.stream().map(w -> new Warehouse(w.get_ID(), w.getValue(), w.getName())).toList();
    }

    @Override
    public BigDecimal qtyOnHand(Tx tx, int productId, int warehouseId) {
        Session s = Session.of(tx, settings);
        return stock(s, settings.stock().onHandSql(), settings.stock().onHandParameters(productId, warehouseId));
    }

    @Override
    public BigDecimal qtyAvailable(Tx tx, int productId, int warehouseId) {
        Session s = Session.of(tx, settings);
        return stock(s, settings.stock().availableSql(), settings.stock().availableParameters(productId, warehouseId));
    }

    private static BigDecimal stock(Session s, String sql, Object[] params) {
        try {
            BigDecimal qty = DB.getSQLValueBDEx(s.trxName, sql, params);
            return qty == null ? BigDecimal.ZERO : qty;
        } catch (RuntimeException e) {
            throw new ErpException("Reading stock failed: " + e.getMessage(), e);
        }
    }
}

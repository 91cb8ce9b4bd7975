package org.catura.webui.internal.pages;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.Warehouse;
import org.catura.webui.internal.web.Exchange;

/** The products page: the ERP's products by SKU, found by SKU or name, with their stock per warehouse. */
public final class ProductPages {

    static final int PAGE_SIZE = 25;

    /** One product's stock in one warehouse, as the page prints it. */
    public record Stock(String warehouse, String onHand, String available) {
    }

    /** A product as the page lists it. */
    public record Row(Product product, String weight, List<Stock> stock) {
    }

    public void list(Exchange ex) throws IOException {
        String q = ex.param("q");
        int page = page(ex.param("page"));
        Products products = ex.services().erp().products();
        Map<String, Object> model = new HashMap<>();
        ex.services().database().inTransaction(tx -> {
            List<Warehouse> warehouses = products.warehouses(tx);
            // One more than a page says whether there is a next one, without counting them all.
            List<Product> found = products.search(tx, q, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
            List<Row> rows = new ArrayList<>();
            for (Product p : found.subList(0, Math.min(PAGE_SIZE, found.size()))) {
                List<Stock> stock = new ArrayList<>();
                for (Warehouse w : warehouses) {
                    stock.add(new Stock(w.value(), plain(products.qtyOnHand(tx, p.id(), w.id())),
                            plain(products.qtyAvailable(tx, p.id(), w.id()))));
                }
                rows.add(new Row(p, p.weight() == null ? "" : plain(p.weight()), stock));
            }
            model.put("warehouses", warehouses);
            model.put("rows", rows);
            model.put("hasNext", found.size() > PAGE_SIZE);
            return null;
        });
        model.put("q", q == null ? "" : q);
        model.put("page", page);
        ex.render(200, "products.ftlh", model);
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

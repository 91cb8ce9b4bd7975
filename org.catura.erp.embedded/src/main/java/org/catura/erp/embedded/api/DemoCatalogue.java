package org.catura.erp.embedded.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The demo catalogue that {@link MasterData#seedDemo} loads. The order generator of
 * org.catura.sandbox sells the same SKUs; it must not depend on this bundle, so they are
 * listed here in words too:
 * <pre>
 * CAT-MUG-001     Catura ceramic mug 350 ml              0.45 kg   12 x 10 x 10 cm
 * CAT-MUG-002     Insulated travel mug 450 ml            0.38 kg    9 x 22 x 9
 * CAT-TEE-001     Organic cotton T-shirt, size M         0.22 kg   30 x 3 x 25
 * CAT-HOOD-001    Hooded sweatshirt, size L              0.65 kg   35 x 6 x 30
 * CAT-BOOK-001    The Catura cookbook (reduced VAT)      1.10 kg   21 x 3 x 28
 * CAT-CAP-001     Embroidered baseball cap               0.12 kg   20 x 12 x 26
 * CAT-LAMP-001    LED desk lamp                          1.60 kg   18 x 48 x 18
 * CAT-KETTLE-001  Electric kettle 1.7 l                  1.30 kg   23 x 25 x 17
 * CAT-POT-001     Stoneware plant pot set (3 pcs)        6.80 kg   40 x 35 x 40   heavy
 * CAT-RUG-001     Wool rug 200 x 300 cm, rolled         14.50 kg  205 x 35 x 35   long
 * CAT-CHAIR-001   Ergonomic office chair                19.00 kg   70 x 65 x 60   bulky
 * CAT-DESK-001    Electric standing desk 160 x 80 cm    38.00 kg  165 x 20 x 85   heavy and bulky
 * </pre>
 * Warehouses MAIN (in-house) and 3PL (external fulfilment partner); VAT rates DE 19/7, FR 20,
 * IT 22, ES 21, NL 21, BE 21, PL 23, SE 25, UK (GB) 20, US 0; charges Shipping, Promotion,
 * Gift wrap; currencies EUR, GBP, PLN, SEK, USD.
 */
public final class DemoCatalogue {

    /** One demo product with its starting stock in MAIN and in 3PL. */
    public record DemoProduct(ProductSpec spec, BigDecimal stockMain, BigDecimal stock3pl) {
    }

    /** One demo tax: destination country (ISO alpha-2), rate in percent, tax category. */
    public record DemoTax(String countryCode, BigDecimal rate, String taxCategory) {
    }

    public static final String MAIN_WAREHOUSE = "MAIN";
    public static final String THIRD_PARTY_WAREHOUSE = "3PL";

    public static final List<DemoProduct> PRODUCTS = List.of(
            product("CAT-MUG-001", "Catura ceramic mug 350 ml", "0.45", "12", "10", "10", "Standard", 120, 40),
            product("CAT-MUG-002", "Insulated travel mug 450 ml", "0.38", "9", "22", "9", "Standard", 80, 30),
            product("CAT-TEE-001", "Organic cotton T-shirt, size M", "0.22", "30", "3", "25", "Standard", 150, 60),
            product("CAT-HOOD-001", "Hooded sweatshirt, size L", "0.65", "35", "6", "30", "Standard", 60, 25),
            product("CAT-BOOK-001", "The Catura cookbook (hardcover)", "1.10", "21", "3", "28", "Reduced", 45, 20),
            product("CAT-CAP-001", "Embroidered baseball cap", "0.12", "20", "12", "26", "Standard", 90, 30),
            product("CAT-LAMP-001", "LED desk lamp", "1.60", "18", "48", "18", "Standard", 35, 15),
            product("CAT-KETTLE-001", "Electric kettle 1.7 l", "1.30", "23", "25", "17", "Standard", 40, 20),
            product("CAT-POT-001", "Stoneware plant pot set (3 pcs)", "6.80", "40", "35", "40", "Standard", 20, 15),
            product("CAT-RUG-001", "Wool rug 200 x 300 cm (rolled)", "14.50", "205", "35", "35", "Standard", 6, 10),
            product("CAT-CHAIR-001", "Ergonomic office chair", "19.00", "70", "65", "60", "Standard", 8, 25),
            product("CAT-DESK-001", "Electric standing desk 160 x 80 cm", "38.00", "165", "20", "85", "Standard", 4,
                    12));

    /** The demo SKUs, in catalogue order: what the sandbox's order generator sells. */
    public static final List<String> SKUS = PRODUCTS.stream().map(p -> p.spec().sku()).toList();

    public static final List<DemoTax> TAXES = List.of(
            tax("DE", "19", "Standard"), tax("DE", "7", "Reduced"), tax("FR", "20", "Standard"),
            tax("IT", "22", "Standard"), tax("ES", "21", "Standard"), tax("NL", "21", "Standard"),
            tax("BE", "21", "Standard"), tax("PL", "23", "Standard"), tax("SE", "25", "Standard"),
            tax("GB", "20", "Standard"), tax("US", "0", "Standard"));

    public static final List<String> CHARGES = List.of("Shipping", "Promotion", "Gift wrap");

    public static final List<String> CURRENCIES = List.of("EUR", "GBP", "PLN", "SEK", "USD");

    private DemoCatalogue() {
    }

    private static DemoProduct product(String sku, String name, String kg, String w, String h, String d,
            String category, int main, int tpl) {
        return new DemoProduct(new ProductSpec(sku, name, new BigDecimal(kg), new BigDecimal(w), new BigDecimal(h),
                new BigDecimal(d), category), BigDecimal.valueOf(main), BigDecimal.valueOf(tpl));
    }

    private static DemoTax tax(String country, String rate, String category) {
        return new DemoTax(country, new BigDecimal(rate), category);
    }
}

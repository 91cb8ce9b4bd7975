package org.catura.sandbox.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;

/**
 * Makes realistic Amazon seller orders for the demo: buyers from the European marketplaces
 * with local names and addresses, one to three lines of the demo products, gross prices with
 * the destination's VAT worked out to the cent, and repeat buyers who come back with the
 * same relay e-mail and address. The same seed gives the same orders.
 */
public final class DemoOrders {

    private static final String POSTAL_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** The channel name the demo orders carry. */
    public static final String CHANNEL = "amazon";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SHIPPING_EUR = new BigDecimal("4.99");
    /** Orders from this total on ship free, as many sellers do. */
    private static final BigDecimal FREE_SHIPPING_FROM_EUR = new BigDecimal("39.00");

    private final Random random;
    private final List<DemoProduct> catalog;
    private final List<DemoMarketplace> marketplaces;
    private final double repeatBuyerShare;
    private final List<RegularBuyer> regulars = new ArrayList<>();

    /**
     * @param seed             fixes the sequence of orders
     * @param catalog          the products to sell; their SKUs must exist in the ERP
     * @param marketplaces     where buyers come from
     * @param repeatBuyerShare share of orders (0..1) placed by a buyer who ordered before
     */
    public DemoOrders(long seed, List<DemoProduct> catalog, List<DemoMarketplace> marketplaces,
            double repeatBuyerShare) {
        if (catalog.isEmpty()) {
            throw new IllegalArgumentException("The demo catalog is empty: no products to order");
        }
        for (DemoMarketplace mp : marketplaces) {
            if (catalog.stream().noneMatch(p -> mp.rateFor(p) != null)) {
                throw new IllegalArgumentException("Nothing in the demo catalog can be sold on " + mp);
            }
        }
        if (marketplaces.isEmpty()) {
            throw new IllegalArgumentException("No marketplace to order from");
        }
        if (repeatBuyerShare < 0 || repeatBuyerShare > 1) {
            throw new IllegalArgumentException("repeatBuyerShare must be between 0 and 1, got " + repeatBuyerShare);
        }
        this.random = new Random(seed);
        this.catalog = List.copyOf(catalog);
        this.marketplaces = List.copyOf(marketplaces);
        this.repeatBuyerShare = repeatBuyerShare;
    }

    /** All marketplaces, a quarter of the orders from repeat buyers. */
    public DemoOrders(long seed, List<DemoProduct> catalog) {
        this(seed, catalog, List.of(DemoMarketplace.values()), 0.25);
    }

    /** The next order, bought a little before {@code now}. */
    public ImportedOrder next(Instant now) {
        RegularBuyer buyer = chooseBuyer();
        DemoMarketplace mp = buyer.marketplace();
        Instant purchasedAt = now.minus(Duration.ofSeconds(30 + random.nextInt(600)));

        List<DemoProduct> sold = catalog.stream().filter(p -> mp.rateFor(p) != null).toList();
        Map<DemoProduct, Integer> items = new LinkedHashMap<>();
        int lineCount = 1 + random.nextInt(3);
        while (items.size() < Math.min(lineCount, sold.size())) {
            items.merge(sold.get(random.nextInt(sold.size())), 1 + (random.nextInt(5) == 0 ? 1 : 0),
                    (a, b) -> a);
        }
        return order(buyer, purchasedAt, items);
    }

    /**
     * An order of one piece of {@code product} by a new buyer on {@code mp}, bought a little before
     * {@code now}: for a test that needs that marketplace and product (a book, an Italian business).
     *
     * @throws IllegalArgumentException when the product is not sold there (a reduced-rate product
     *                                  where the demo knows no reduced rate)
     */
    public ImportedOrder next(Instant now, DemoMarketplace mp, DemoProduct product) {
        if (mp.rateFor(product) == null) {
            throw new IllegalArgumentException(product.sku() + " is not sold on " + mp + ": the demo knows no"
                    + " reduced rate there");
        }
        RegularBuyer buyer = newBuyer(mp);
        Instant purchasedAt = now.minus(Duration.ofSeconds(30 + random.nextInt(600)));
        Map<DemoProduct, Integer> items = new LinkedHashMap<>();
        items.put(product, 1);
        return order(buyer, purchasedAt, items);
    }

    private ImportedOrder order(RegularBuyer buyer, Instant purchasedAt, Map<DemoProduct, Integer> items) {
        DemoMarketplace mp = buyer.marketplace();
        List<ImportedLine> lines = new ArrayList<>();
        BigDecimal goods = BigDecimal.ZERO;
        for (Map.Entry<DemoProduct, Integer> item : items.entrySet()) {
            BigDecimal quantity = BigDecimal.valueOf(item.getValue());
            BigDecimal price = unitPrice(item.getKey(), mp).multiply(quantity);
            lines.add(ImportedLine.of(orderItemId(), item.getKey().sku(), item.getKey().title(), quantity, price,
                    includedVat(price, mp.rateFor(item.getKey()))));
            goods = goods.add(price);
        }
        BigDecimal freeFrom = FREE_SHIPPING_FROM_EUR.multiply(mp.eurRate()).setScale(2, RoundingMode.HALF_UP);
        if (goods.compareTo(freeFrom) < 0) {
            // Amazon reports shipping on the order's first item.
            BigDecimal shipping = SHIPPING_EUR.multiply(mp.eurRate()).setScale(2, RoundingMode.HALF_UP);
            lines.set(0, lines.get(0).withShipping(shipping, includedVat(shipping, mp.vatRate())));
        }
        BigDecimal total = lines.stream().map(l -> l.itemPrice().add(l.shippingPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        return new ImportedOrder(CHANNEL, amazonOrderId(), mp.marketplaceId(), purchasedAt, purchasedAt,
                ChannelOrderStatus.UNSHIPPED, Fulfilment.MERCHANT, buyer.buyer(), buyer.address(), buyer.address(),
                mp.currency(), true, total, "Standard", Set.of(), null, null, null,
                purchasedAt.plus(Duration.ofDays(2)), lines);
    }

    /** The VAT contained in a gross amount at {@code ratePercent}, to the cent. */
    public static BigDecimal includedVat(BigDecimal gross, BigDecimal ratePercent) {
        return gross.multiply(ratePercent).divide(HUNDRED.add(ratePercent), 2, RoundingMode.HALF_UP);
    }

    /** The product's gross shelf price on a marketplace: German net price plus local VAT, in local currency. */
    static BigDecimal unitPrice(DemoProduct product, DemoMarketplace mp) {
        BigDecimal net = product.grossPriceEur().multiply(HUNDRED)
                .divide(HUNDRED.add(DemoMarketplace.DE.rateFor(product)), 10, RoundingMode.HALF_UP);
        return net.multiply(HUNDRED.add(mp.rateFor(product))).divide(HUNDRED, 10, RoundingMode.HALF_UP)
                .multiply(mp.eurRate()).setScale(2, RoundingMode.HALF_UP);
    }

    private RegularBuyer chooseBuyer() {
        if (!regulars.isEmpty() && random.nextDouble() < repeatBuyerShare) {
            return regulars.get(random.nextInt(regulars.size()));
        }
        RegularBuyer fresh = newBuyer(marketplaces.get(random.nextInt(marketplaces.size())));
        regulars.add(fresh);
        return fresh;
    }

    /**
     * A postal code of the same place: its last two digits or letters drawn anew, so that buyers
     * spread over many postal codes as they do in a real shop (letters as in UK inward codes).
     */
    private String nearby(String postal) {
        char[] c = postal.toCharArray();
        int changed = 0;
        for (int i = c.length - 1; i >= 0 && changed < 2; i--) {
            if (Character.isDigit(c[i])) {
                c[i] = (char) ('0' + random.nextInt(10));
                changed++;
            } else if (Character.isLetter(c[i])) {
                c[i] = POSTAL_LETTERS.charAt(random.nextInt(POSTAL_LETTERS.length()));
                changed++;
            }
        }
        return new String(c);
    }

    private RegularBuyer newBuyer(DemoMarketplace mp) {
        String name = pick(mp.firstNames()) + " " + pick(mp.lastNames());
        DemoMarketplace.Place place = pick(mp.places());
        String street = mp == DemoMarketplace.FR || mp == DemoMarketplace.UK
                ? (1 + random.nextInt(120)) + " " + pick(mp.streets())
                : pick(mp.streets()) + " " + (1 + random.nextInt(120));
        String phone = "+" + (10 + random.nextInt(89)) + " " + (100000000 + random.nextInt(899999999));
        PostalAddress address = new PostalAddress(name, null, street, null, null, place.city(), null, null,
                nearby(place.postalCode()), mp.countryCode(), phone, "Residential");
        // Amazon hides the buyer's own address behind a relay; a few orders come without any.
        String email = random.nextInt(10) == 0 ? null
                : relayLocalPart() + "@" + mp.relayMailDomain();
        return new RegularBuyer(mp, new Buyer(name, email, phone, null, null), address);
    }

    private String relayLocalPart() {
        StringBuilder s = new StringBuilder();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 16; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String amazonOrderId() {
        return String.format(Locale.ROOT, "%03d-%07d-%07d", 301 + random.nextInt(6), random.nextInt(10_000_000),
                random.nextInt(10_000_000));
    }

    private String orderItemId() {
        return String.format(Locale.ROOT, "%07d%07d", random.nextInt(10_000_000), random.nextInt(10_000_000));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private record RegularBuyer(DemoMarketplace marketplace, Buyer buyer, PostalAddress address) {
    }
}

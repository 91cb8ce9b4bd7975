package org.catura.core.internal.release;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.release.ReleaseFact;

/**
 * The facts release conditions see: plain names, plain values (strings, numbers, booleans, sets
 * of strings), so a clerk can write {@code gift && total > 100}.
 */
public final class ReleaseFacts {

    /** The fact naming the manual-queue rules a person has dealt with; see {@link RuleBook}. */
    public static final String REVIEWED_RULES = "reviewedRules";

    /** The catalogue, in the order the editor lists it. */
    public static final List<ReleaseFact> CATALOGUE = List.of(
            new ReleaseFact("channel", "text", "sales channel, e.g. amazon-de"),
            new ReleaseFact("marketplace", "text", "marketplace id, e.g. A1PA6795UKMFR9"),
            new ReleaseFact("country", "text", "ship-to country, ISO code, e.g. DE"),
            new ReleaseFact("postalCode", "text", "ship-to postal code"),
            new ReleaseFact("postalCodeValid", "yes/no", "the postal code fits the country's format"),
            new ReleaseFact("currency", "text", "order currency, e.g. EUR"),
            new ReleaseFact("total", "number", "what the marketplace charged"),
            new ReleaseFact("erpTotal", "number", "the sales order's grand total as the ERP computes it"),
            new ReleaseFact("totalDifference", "number", "|total - erpTotal|"),
            new ReleaseFact("lineCount", "number", "number of items"),
            new ReleaseFact("quantity", "number", "pieces in all"),
            new ReleaseFact("serviceLevel", "text", "shipping service level, e.g. Standard, Expedited"),
            new ReleaseFact("flags", "set", "all special cases, e.g. 'GIFT' =~ flags"),
            new ReleaseFact("prime", "yes/no", "Prime order"),
            new ReleaseFact("premiumShipping", "yes/no", "premium (faster) shipping bought"),
            new ReleaseFact("business", "yes/no", "business (B2B) order"),
            new ReleaseFact("purchaseOrderNumber", "text", "the business buyer's PO number, or null"),
            new ReleaseFact("gift", "yes/no", "a gift message or gift wrap was asked for"),
            new ReleaseFact("giftMessage", "text", "the gift message(s), or null"),
            new ReleaseFact("customized", "yes/no", "an item is customised (Amazon Custom)"),
            new ReleaseFact("replacement", "yes/no", "a replacement order"),
            new ReleaseFact("preorder", "yes/no", "a pre-order"),
            new ReleaseFact("daysToLatestShip", "number", "days until the latest ship date (999 if none)"),
            new ReleaseFact("hoursToLatestShip", "number", "hours until the latest ship date (23976 if none)"),
            new ReleaseFact("latestShipDate", "date", "the latest ship date, e.g. 2026-12-01T23:59:59Z, or null"),
            new ReleaseFact("today", "date", "today's date (UTC), e.g. 2026-11-23"),
            new ReleaseFact("cancellationRequested", "yes/no", "the buyer asked to cancel"),
            new ReleaseFact("signatureRequired", "yes/no", "signature or ID check on delivery"),
            new ReleaseFact("deliveryInstructions", "text", "the buyer's delivery instructions, or null"),
            new ReleaseFact("fulfilledByChannel", "yes/no", "the marketplace ships it (FBA)"),
            new ReleaseFact("issues", "set", "codes of problems stations found, e.g. 'UNKNOWN_SKU' =~ issues"),
            new ReleaseFact("unknownSku", "yes/no", "an item's SKU is not a product in the ERP"),
            new ReleaseFact("stockShort", "yes/no", "the warehouse lacks stock for a line"),
            new ReleaseFact("skus", "set", "the SKUs ordered"),
            new ReleaseFact(REVIEWED_RULES, "set", "manual-queue rules a person already dealt with for this order:"
                    + " they do not queue it again"));

    private ReleaseFacts() {
    }

    /** The facts of an order entered as {@code so}, with the stations' open issue codes. */
    public static Map<String, Object> of(ImportedOrder order, SalesOrder so, Set<String> issueCodes,
            boolean stockShort, Instant now) {
        Map<String, Object> f = new LinkedHashMap<>();
        PostalAddress to = order.deliveryAddress();
        String country = to == null ? null : to.countryCode();
        String postal = to == null ? null : to.postalCode();
        BigDecimal total = order.orderTotal() != null ? order.orderTotal() : so.grandTotal();
        f.put("channel", order.channel());
        f.put("marketplace", order.marketplaceId());
        f.put("country", country);
        f.put("postalCode", postal);
        f.put("postalCodeValid", PostalCodes.valid(country, postal));
        f.put("currency", order.currency());
        f.put("total", total);
        f.put("erpTotal", so.grandTotal());
        f.put("totalDifference", total.subtract(so.grandTotal()).abs());
        f.put("lineCount", order.lines().size());
        f.put("quantity", order.lines().stream().map(ImportedLine::quantity).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        f.put("serviceLevel", order.serviceLevel());
        f.put("flags", order.flags().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        f.put("prime", order.has(OrderFlag.PRIME));
        f.put("premiumShipping", order.has(OrderFlag.PREMIUM_SHIPPING));
        f.put("business", order.has(OrderFlag.BUSINESS));
        f.put("purchaseOrderNumber", order.purchaseOrderNumber());
        String messages = order.lines().stream().map(ImportedLine::giftMessage).filter(Objects::nonNull)
                .filter(m -> !m.isBlank()).collect(Collectors.joining(" / "));
        f.put("gift", order.has(OrderFlag.GIFT) || !messages.isEmpty()
                || order.lines().stream().anyMatch(l -> l.giftWrapLevel() != null));
        f.put("giftMessage", messages.isEmpty() ? null : messages);
        f.put("customized", order.has(OrderFlag.CUSTOMIZED)
                || order.lines().stream().anyMatch(l -> l.customizationUrl() != null));
        f.put("replacement", order.has(OrderFlag.REPLACEMENT));
        f.put("preorder", order.has(OrderFlag.PREORDER));
        f.put("daysToLatestShip", order.latestShipDate() == null ? 999
                : Duration.between(now, order.latestShipDate()).toDays());
        f.put("hoursToLatestShip", order.latestShipDate() == null ? 999 * 24
                : Duration.between(now, order.latestShipDate()).toHours());
        f.put("latestShipDate", order.latestShipDate() == null ? null : order.latestShipDate().toString());
        f.put("today", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
        f.put("cancellationRequested", order.has(OrderFlag.CANCELLATION_REQUESTED));
        f.put("signatureRequired", order.has(OrderFlag.SIGNATURE_REQUIRED) || order.has(OrderFlag.ID_CHECK));
        f.put("deliveryInstructions", order.deliveryInstructions());
        f.put("fulfilledByChannel", order.fulfilment() == Fulfilment.CHANNEL);
        f.put("issues", new TreeSet<>(issueCodes));
        f.put("unknownSku", issueCodes.contains(IssueCode.UNKNOWN_SKU.value()));
        f.put("stockShort", stockShort);
        f.put("skus", order.lines().stream().map(ImportedLine::sku).collect(Collectors.toCollection(TreeSet::new)));
        f.put(REVIEWED_RULES, new TreeSet<String>());
        return f;
    }

    /** Typical values for every fact, to check that a condition evaluates at all. */
    static Map<String, Object> sample() {
        Map<String, Object> f = new LinkedHashMap<>();
        for (ReleaseFact fact : CATALOGUE) {
            f.put(fact.name(), switch (fact.type()) {
                case "number" -> BigDecimal.ONE;
                case "yes/no" -> Boolean.FALSE;
                case "set" -> new TreeSet<String>();
                case "date" -> LocalDate.now(ZoneOffset.UTC).toString();
                default -> "x";
            });
        }
        return f;
    }
}

package org.catura.sandbox.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import org.catura.sandbox.spapi.model.FulfillmentStatus;
import org.catura.sandbox.spapi.model.ItemCancellation;
import org.catura.sandbox.spapi.model.ItemCancellationExecution;
import org.catura.sandbox.spapi.model.ItemCancellationRequest;
import org.catura.sandbox.spapi.model.ItemFulfillment;
import org.catura.sandbox.spapi.model.Order;
import org.catura.sandbox.spapi.model.OrderItem;
import org.catura.sandbox.spapi.model.OrderPackage;
import org.catura.sandbox.spapi.model.PackageItem;
import org.catura.sandbox.spapi.model.PackageStatus;
import org.catura.core.api.order.ImportedOrder;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoOrders;

/**
 * The sandbox's orders: placed by the generator or by tests, changed later by scheduled events
 * (PENDING released, cancellations after import) and by shipment confirmations. Each change moves
 * the order's lastUpdatedTime, as on Amazon.
 */
public final class SandboxOrders {

    /** Where the sandbox's buyers order: Catura's main European marketplaces. */
    public static final List<DemoMarketplace> MARKETPLACES = List.of(DemoMarketplace.DE, DemoMarketplace.FR,
            DemoMarketplace.IT, DemoMarketplace.ES, DemoMarketplace.UK, DemoMarketplace.NL);

    private final Map<String, Order> orders = new HashMap<>();
    private final Map<String, List<JsonNode>> confirmations = new HashMap<>();
    private final PriorityQueue<Change> changes = new PriorityQueue<>(Comparator.comparing(Change::at));
    private final SandboxSettings settings;
    private final Clock clock;
    private final ObjectMapper json;
    private final SandboxFaults faults;
    private final DemoOrders demo;
    private final Random random;
    private final AmazonOrderFactory factory;

    SandboxOrders(SandboxSettings settings, Clock clock, ObjectMapper json, SandboxFaults faults,
            String customizationBase) {
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.faults = faults;
        this.demo = new DemoOrders(settings.seed(), settings.catalogue(), MARKETPLACES, 0.25);
        this.random = new Random(settings.seed() * 31 + 7);
        this.factory = new AmazonOrderFactory(random, customizationBase);
    }

    /** Places one order bought at {@code createdAt} with exactly the given special cases; returns its id. */
    public synchronized String place(Instant createdAt, Set<SpecialCase> cases) {
        return place(createdAt, cases, null);
    }

    /**
     * Places one order with the special cases and what {@code choice} fixes (marketplace, product,
     * a ship-to elsewhere; null: all generated); returns its id.
     */
    public synchronized String place(Instant createdAt, Set<SpecialCase> cases, OrderChoice choice) {
        Order order = build(createdAt, cases, choice);
        while (orders.containsKey(order.getOrderId())) {
            order = build(createdAt, cases, choice);
        }
        orders.put(order.getOrderId(), order);
        if (cases.contains(SpecialCase.PENDING) || cases.contains(SpecialCase.PREORDER)) {
            changes.add(new Change(createdAt.plus(settings.pendingFor()), order.getOrderId(), ChangeKind.RELEASE));
        }
        if (cases.contains(SpecialCase.CANCELLED_LATER)) {
            changes.add(new Change(createdAt.plus(settings.cancelAfter()), order.getOrderId(), ChangeKind.CANCEL));
        }
        return order.getOrderId();
    }

    private Order build(Instant createdAt, Set<SpecialCase> cases, OrderChoice choice) {
        ImportedOrder base = choice == null || choice.marketplace() == null ? demo.next(createdAt)
                : demo.next(createdAt, choice.marketplace(), choice.product() != null ? choice.product()
                        : settings.catalogue().get(0));
        if (choice != null && choice.shipTo() != null) {
            base = new ImportedOrder(base.channel(), base.externalId(), base.marketplaceId(), base.purchasedAt(),
                    base.lastUpdatedAt(), base.status(), base.fulfilment(), base.buyer(), choice.shipTo(),
                    choice.shipTo(), base.currency(), base.pricesIncludeTax(), base.orderTotal(), base.serviceLevel(),
                    base.flags(), base.purchaseOrderNumber(), base.cancellationReason(), base.deliveryInstructions(),
                    base.latestShipDate(), base.lines());
        }
        return factory.build(base, createdAt, cases, settings.itemTaxes(base.marketplaceId()));
    }

    /** Places {@code count} orders spread evenly over [from, to), each with randomly drawn special cases. */
    public synchronized List<String> generate(int count, Instant from, Instant to) {
        List<String> ids = new ArrayList<>(count);
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        for (int i = 0; i < count; i++) {
            ids.add(place(from.plusMillis(span * i / count), randomCases()));
        }
        return ids;
    }

    /** Special cases drawn with their {@link SpecialCase#share()}; FBA orders carry no merchant-only cases. */
    public synchronized Set<SpecialCase> randomCases() {
        Set<SpecialCase> cases = EnumSet.noneOf(SpecialCase.class);
        for (SpecialCase c : SpecialCase.values()) {
            if (random.nextDouble() < c.share()) {
                cases.add(c);
            }
        }
        if (cases.contains(SpecialCase.FBA)) {
            cases.removeAll(EnumSet.of(SpecialCase.PENDING, SpecialCase.PREORDER, SpecialCase.CANCELLED_LATER,
                    SpecialCase.CANCELLATION_REQUESTED));
        }
        return cases;
    }

    /** Amazon cancels the order now (whatever its state: tests of cancellation after shipping use it too). */
    public synchronized void cancel(String orderId, String reason) {
        cancelAt(require(orderId), clock.instant(), reason);
    }

    /** Payment authorised: a PENDING order becomes UNSHIPPED now. */
    public synchronized void release(String orderId) {
        releaseAt(require(orderId), clock.instant());
    }

    /** The buyer asks to cancel now. */
    public synchronized void requestCancellation(String orderId, String reason) {
        Order order = require(orderId);
        order.getOrderItems().get(0).cancellation(new ItemCancellation()
                .cancellationRequest(new ItemCancellationRequest().requester("BUYER").cancelReason(reason)));
        touch(order, clock.instant());
    }

    /** The order's fulfillment status, if the order exists. */
    public synchronized Optional<String> status(String orderId) {
        Order order = orders.get(orderId);
        return order == null ? Optional.empty() : Optional.of(order.getFulfillment().getFulfillmentStatus().getValue());
    }

    /** The shipment confirmations received for the order, as sent. */
    public synchronized List<JsonNode> confirmations(String orderId) {
        return List.copyOf(confirmations.getOrDefault(orderId, List.of()));
    }

    public synchronized List<String> orderIds() {
        return List.copyOf(orders.keySet());
    }

    public synchronized int size() {
        return orders.size();
    }

    /** The order as getOrder would answer with every dataset. */
    public synchronized Optional<ObjectNode> json(String orderId) {
        Order order = orders.get(orderId);
        return order == null ? Optional.empty() : Optional.of(serialize(order, null));
    }

    synchronized void applyDueChanges() {
        Instant now = clock.instant();
        while (!changes.isEmpty() && !changes.peek().at().isAfter(now)) {
            Change change = changes.poll();
            Order order = orders.get(change.orderId());
            if (change.kind() == ChangeKind.RELEASE) {
                releaseAt(order, change.at());
            } else {
                cancelAt(order, change.at(), "Cancelled by Amazon: payment declined");
            }
        }
    }

    /**
     * Orders whose timestamp lies in [after, before], ordered by (timestamp, orderId), starting
     * after the key of the previous page.
     */
    synchronized List<Served> search(SearchWindow window, Set<String> marketplaceIds, Set<String> statuses,
            Set<String> includedData, int max) {
        List<Order> matching = new ArrayList<>();
        for (Order order : orders.values()) {
            Instant t = window.byCreated() ? order.getCreatedTime().toInstant() : order.getLastUpdatedTime().toInstant();
            if (t.isBefore(window.after()) || t.isAfter(window.before())) {
                continue;
            }
            if (window.afterKey() != null && compareKey(t, order.getOrderId(), window) <= 0) {
                continue;
            }
            if (!marketplaceIds.isEmpty() && !marketplaceIds.contains(order.getSalesChannel().getMarketplaceId())) {
                continue;
            }
            if (!statuses.isEmpty() && !statuses.contains(order.getFulfillment().getFulfillmentStatus().getValue())) {
                continue;
            }
            matching.add(order);
        }
        Comparator<Order> byKey = Comparator.comparing((Order o) -> window.byCreated() ? o.getCreatedTime().toInstant()
                : o.getLastUpdatedTime().toInstant()).thenComparing(Order::getOrderId);
        matching.sort(byKey);
        List<Served> page = new ArrayList<>();
        for (Order order : matching.subList(0, Math.min(max + 1, matching.size()))) {
            Instant key = window.byCreated() ? order.getCreatedTime().toInstant() : order.getLastUpdatedTime().toInstant();
            page.add(new Served(key, order.getOrderId(), serialize(order, includedData)));
        }
        return page;
    }

    synchronized Optional<ObjectNode> get(String orderId, Set<String> includedData) {
        Order order = orders.get(orderId);
        return order == null ? Optional.empty() : Optional.of(serialize(order, includedData));
    }

    /**
     * Applies a shipment confirmation; returns why it is refused, or null when it was applied. As
     * Amazon documents it, a packageReferenceId sent again for the same order edits that package
     * (carrier, tracking, items) instead of adding one: a confirmation repeated after a lost answer
     * ships nothing twice.
     */
    synchronized String confirm(String orderId, JsonNode body) {
        Order order = orders.get(orderId);
        if (order == null) {
            return null;
        }
        String marketplaceId = body.path("marketplaceId").asText("");
        if (!marketplaceId.equals(order.getSalesChannel().getMarketplaceId())) {
            return "marketplaceId " + (marketplaceId.isEmpty() ? "is missing" : marketplaceId + " is not the order's marketplace "
                    + order.getSalesChannel().getMarketplaceId());
        }
        JsonNode detail = body.path("packageDetail");
        if (!detail.isObject()) {
            return "packageDetail is missing";
        }
        if (detail.has("packageReferenceId") && !detail.path("packageReferenceId").isTextual()) {
            // Amazon's model types it as a string; a JSON number is refused, whatever its value
            return "The input you have submitted is not valid. Please check the fields with invalid type "
                    + "[packageDetail.packageReferenceId].";
        }
        String reference = detail.path("packageReferenceId").asText("");
        if (!reference.matches("[1-9][0-9]*")) {
            return "packageReferenceId must be a positive number, got '" + reference + "'";
        }
        for (String field : List.of("carrierCode", "trackingNumber", "shipDate")) {
            if (detail.path(field).asText("").isBlank()) {
                return "packageDetail." + field + " is missing";
            }
        }
        if ("Other".equals(detail.path("carrierCode").asText()) && detail.path("carrierName").asText("").isBlank()) {
            return "carrierName is required when carrierCode is Other";
        }
        OffsetDateTime shipDate;
        try {
            shipDate = OffsetDateTime.parse(detail.path("shipDate").asText());
        } catch (DateTimeParseException e) {
            return "shipDate is not an ISO 8601 date-time: " + detail.path("shipDate").asText();
        }
        OrderPackage edited = order.getPackages() == null ? null : order.getPackages().stream()
                .filter(p -> p.getPackageReferenceId().equals(reference)).findFirst().orElse(null);
        FulfillmentStatus status = order.getFulfillment().getFulfillmentStatus();
        boolean open = status == FulfillmentStatus.UNSHIPPED || status == FulfillmentStatus.PARTIALLY_SHIPPED;
        if (!open && !(edited != null && status == FulfillmentStatus.SHIPPED)) {
            return "order " + orderId + " is " + status.getValue() + " and cannot be confirmed";
        }
        JsonNode items = detail.path("orderItems");
        if (!items.isArray() || items.isEmpty()) {
            return "packageDetail.orderItems is empty";
        }
        Map<String, Integer> before = new HashMap<>();
        if (edited != null) {
            edited.getPackageItems().forEach(i -> before.merge(i.getOrderItemId(), i.getQuantity(), Integer::sum));
        }
        Map<String, Integer> shipped = new HashMap<>();
        for (JsonNode item : items) {
            String itemId = item.path("orderItemId").asText("");
            int quantity = item.path("quantity").asInt(0);
            OrderItem orderItem = order.getOrderItems().stream().filter(i -> i.getOrderItemId().equals(itemId))
                    .findFirst().orElse(null);
            if (orderItem == null) {
                return "orderItemId " + itemId + " is not an item of order " + orderId;
            }
            int unshipped = orderItem.getFulfillment().getQuantityUnfulfilled() + before.getOrDefault(itemId, 0)
                    - shipped.getOrDefault(itemId, 0);
            if (quantity < 1 || quantity > unshipped) {
                return "quantity " + quantity + " for orderItemId " + itemId + " must be 1.." + unshipped;
            }
            shipped.merge(itemId, quantity, Integer::sum);
        }
        OrderPackage pkg = new OrderPackage().packageReferenceId(reference).createdTime(now())
                .carrier(detail.path("carrierCode").asText()).trackingNumber(detail.path("trackingNumber").asText())
                .shippingService(detail.path("shippingMethod").asText(null)).shipTime(shipDate)
                .packageStatus(new PackageStatus().status(PackageStatus.StatusEnum.SHIPPED));
        boolean allShipped = true;
        for (OrderItem item : order.getOrderItems()) {
            int quantity = shipped.getOrDefault(item.getOrderItemId(), 0);
            int change = quantity - before.getOrDefault(item.getOrderItemId(), 0);
            ItemFulfillment f = item.getFulfillment();
            f.quantityFulfilled(f.getQuantityFulfilled() + change).quantityUnfulfilled(f.getQuantityUnfulfilled() - change);
            if (quantity > 0) {
                pkg.addPackageItemsItem(new PackageItem().orderItemId(item.getOrderItemId()).quantity(quantity));
            }
            allShipped &= f.getQuantityUnfulfilled() == 0;
        }
        if (edited != null) {
            order.getPackages().remove(edited);
        }
        order.addPackagesItem(pkg);
        order.getFulfillment().fulfillmentStatus(allShipped ? FulfillmentStatus.SHIPPED : FulfillmentStatus.PARTIALLY_SHIPPED);
        touch(order, clock.instant());
        confirmations.computeIfAbsent(orderId, k -> new ArrayList<>()).add(body.deepCopy());
        return null;
    }

    /** The packages Amazon holds for the order now, as the PACKAGES dataset shows them. */
    public synchronized List<JsonNode> packages(String orderId) {
        Order order = orders.get(orderId);
        return order == null || order.getPackages() == null ? List.of()
                : order.getPackages().stream().map(p -> (JsonNode) json.valueToTree(p)).toList();
    }

    private void releaseAt(Order order, Instant at) {
        if (order.getFulfillment().getFulfillmentStatus() == FulfillmentStatus.PENDING) {
            order.getFulfillment().fulfillmentStatus(FulfillmentStatus.UNSHIPPED);
            touch(order, at);
        }
    }

    private void cancelAt(Order order, Instant at, String reason) {
        order.getFulfillment().fulfillmentStatus(FulfillmentStatus.CANCELLED);
        for (OrderItem item : order.getOrderItems()) {
            ItemCancellation cancellation = item.getCancellation() == null ? new ItemCancellation() : item.getCancellation();
            item.cancellation(cancellation.cancellationExecution(
                    new ItemCancellationExecution().cancelledBy("AMAZON").cancelReason(reason)));
        }
        touch(order, at);
    }

    private void touch(Order order, Instant at) {
        OffsetDateTime stamp = at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        if (stamp.isBefore(order.getLastUpdatedTime())) {
            stamp = order.getLastUpdatedTime();
        }
        order.lastUpdatedTime(stamp);
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
    }

    private Order require(String orderId) {
        Order order = orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("the sandbox has no order " + orderId);
        }
        return order;
    }

    private static int compareKey(Instant t, String orderId, SearchWindow window) {
        int c = t.compareTo(window.afterKey());
        return c != 0 ? c : orderId.compareTo(window.afterOrderId());
    }

    /** The order's JSON with only the requested datasets ({@code null}: all). */
    private ObjectNode serialize(Order order, Set<String> included) {
        ObjectNode node = json.valueToTree(order);
        if (included != null) {
            dropUnless(node, included, "BUYER", "buyer");
            dropUnless(node, included, "RECIPIENT", "recipient");
            dropUnless(node, included, "PROCEEDS", "proceeds");
            dropUnless(node, included, "TAX", "tax");
            dropUnless(node, included, "FULFILLMENT", "fulfillment");
            dropUnless(node, included, "PACKAGES", "packages");
            dropUnless(node, included, "PAYMENT", "payment");
            for (JsonNode item : node.path("orderItems")) {
                ObjectNode itemNode = (ObjectNode) item;
                dropUnless(itemNode, included, "PROCEEDS", "proceeds");
                dropUnless(itemNode, included, "PROMOTION", "promotion");
                dropUnless(itemNode, included, "CANCELLATION", "cancellation");
                dropUnless(itemNode, included, "FULFILLMENT", "fulfillment");
                dropUnless(itemNode, included, "EXPENSE", "expense");
                dropUnless(itemNode, included, "TAX", "tax");
            }
        }
        if (faults.isMalformed(order.getOrderId())) {
            node.put("createdTime", "the day before yesterday");
            node.remove("orderItems");
        }
        faults.alter(order.getOrderId(), node);
        return node;
    }

    private static void dropUnless(ObjectNode node, Set<String> included, String dataset, String field) {
        if (!included.contains(dataset)) {
            node.remove(field);
        }
    }

    /** A search window with the key of the last order already served (null on the first page). */
    record SearchWindow(boolean byCreated, Instant after, Instant before, Instant afterKey, String afterOrderId) {
    }

    /** One order of a page with its paging key. */
    record Served(Instant key, String orderId, ObjectNode json) {
    }

    private enum ChangeKind { RELEASE, CANCEL }

    private record Change(Instant at, String orderId, ChangeKind kind) {
    }
}

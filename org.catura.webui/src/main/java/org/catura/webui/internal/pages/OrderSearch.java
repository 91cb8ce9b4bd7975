package org.catura.webui.internal.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;

/**
 * The cockpit's filter and search over the newest {@link #WINDOW} orders: state, channel and
 * received date from the process rows; the text search also looks into the imported order
 * (marketplace order id, buyer and ship-to name) and the ERP shipments (tracking number).
 * It reads through the published APIs only, one order at a time, so it is meant for the
 * window of recent orders a person looks at, not for reporting.
 */
public final class OrderSearch {

    static final int WINDOW = 5000;

    private final OrderProcess process;
    private final Erp erp;

    public OrderSearch(OrderProcess process, Erp erp) {
        this.process = process;
        this.erp = erp;
    }

    /**
     * What to look for; null fields do not filter. Dates are UTC days of receipt, both inclusive.
     * {@code carrierOrders}: the orders that went to {@code carrier}, as shipping told them.
     */
    public record Filter(OrderState state, String channel, LocalDate from, LocalDate to, String text, int limit,
            String carrier, Set<Long> carrierOrders) {

        public Filter(OrderState state, String channel, LocalDate from, LocalDate to, String text, int limit) {
            this(state, channel, from, to, text, limit, null, null);
        }
    }

    public List<OrderProcessView> find(Tx tx, Filter f) {
        List<OrderProcessView> candidates = process.list(tx, Optional.ofNullable(f.state()), WINDOW);
        String text = f.text() == null ? null : f.text().strip().toLowerCase(Locale.ROOT);
        List<OrderProcessView> out = new ArrayList<>();
        for (OrderProcessView v : candidates) {
            if (out.size() >= f.limit()) {
                break;
            }
            if (f.carrierOrders() != null && !f.carrierOrders().contains(v.orderId())) {
                continue;
            }
            if (f.channel() != null && !f.channel().equals(v.channel())) {
                continue;
            }
            LocalDate day = v.receivedAt() == null ? null : v.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (f.from() != null && (day == null || day.isBefore(f.from()))) {
                continue;
            }
            if (f.to() != null && (day == null || day.isAfter(f.to()))) {
                continue;
            }
            if (text != null && !text.isEmpty() && !matches(tx, v, text)) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /** The channels seen among the recent orders, for the filter's choices. */
    public List<String> channels(Tx tx) {
        return process.list(tx, Optional.empty(), WINDOW).stream().map(OrderProcessView::channel).distinct()
                .sorted().toList();
    }

    private boolean matches(Tx tx, OrderProcessView v, String text) {
        if (v.externalId().toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        Optional<ImportedOrder> order = process.order(tx, v.orderId());
        if (order.isPresent()) {
            ImportedOrder o = order.get();
            if (contains(o.buyer() == null ? null : o.buyer().name(), text)
                    || contains(o.buyer() == null ? null : o.buyer().companyName(), text)
                    || contains(o.deliveryAddress() == null ? null : o.deliveryAddress().name(), text)
                    || contains(o.purchaseOrderNumber(), text)) {
                return true;
            }
        }
        Integer so = v.documents().get(DocumentKind.SALES_ORDER);
        if (so != null) {
            for (Shipment s : erp.shipments().findByOrder(tx, so)) {
                if (contains(s.trackingNo(), text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}

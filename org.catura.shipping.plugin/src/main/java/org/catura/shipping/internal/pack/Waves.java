package org.catura.shipping.internal.pack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.erp.Warehouse;
import org.catura.documents.api.PickingListDocument;

/**
 * Waves: the warehouse takes the open in-house shipments that are in no wave yet, all at once, and
 * picks them from one list. Starting a wave locks those transmissions (skipping ones another
 * clerk's wave is taking), so no delivery note lands in two waves.
 */
final class Waves {

    /** A wave with the delivery notes in it. */
    public record Wave(long id, String waveNo, Instant startedAt, String startedBy, List<Integer> shipmentIds) {
    }

    private final Erp erp;

    Waves(Erp erp) {
        this.erp = erp;
    }

    /** A new wave over every open in-house shipment not yet in one; empty when there is none. */
    Optional<Wave> start(Tx tx, String who, Instant now) {
        List<long[]> open = Sql.query(tx, """
                select t.shipment_id, t.order_id from shipping_transmission t
                 where t.channel = 'PACK_PAGE' and t.confirmed_at is null
                   and not exists (select 1 from shipping_wave_shipment ws where ws.shipment_id = t.shipment_id)
                 order by t.transmitted_at, t.shipment_id
                   for update of t skip locked""", rs -> new long[] {rs.getInt(1), rs.getLong(2)});
        if (open.isEmpty()) {
            return Optional.empty();
        }
        long id = Sql.one(tx, "select nextval(pg_get_serial_sequence('shipping_wave', 'wave_id'))",
                rs -> rs.getLong(1)).orElseThrow();
        String waveNo = String.format("W-%06d", id);
        Sql.update(tx, "insert into shipping_wave (wave_id, wave_no, started_at, started_by) values (?, ?, ?, ?)",
                id, waveNo, now, who);
        for (long[] s : open) {
            Sql.update(tx, "insert into shipping_wave_shipment (shipment_id, wave_id, order_id) values (?, ?, ?)",
                    (int) s[0], id, s[1]);
        }
        return Optional.of(new Wave(id, waveNo, now, who, open.stream().map(s -> (int) s[0]).toList()));
    }

    Optional<Wave> get(Tx tx, long waveId) {
        return Sql.one(tx, "select wave_id, wave_no, started_at, started_by from shipping_wave where wave_id = ?",
                rs -> new Wave(rs.getLong(1), rs.getString(2), Sql.instant(rs, "started_at"), rs.getString(4),
                        List.of()), waveId)
                .map(w -> new Wave(w.id(), w.waveNo(), w.startedAt(), w.startedBy(), Sql.query(tx,
                        "select shipment_id from shipping_wave_shipment where wave_id = ? order by shipment_id",
                        rs -> rs.getInt(1), waveId)));
    }

    /** The newest waves first, with how many of their shipments are still open. */
    List<Map<String, Object>> recent(Tx tx, int limit) {
        return Sql.query(tx, """
                select w.wave_id, w.wave_no, w.started_at, w.started_by, count(ws.shipment_id) as shipments,
                       count(ws.shipment_id) filter (where t.confirmed_at is null) as open
                  from shipping_wave w
                  left join shipping_wave_shipment ws on ws.wave_id = w.wave_id
                  left join shipping_transmission t on t.shipment_id = ws.shipment_id
                 group by w.wave_id order by w.wave_id desc limit ?""",
                rs -> Map.<String, Object>of("id", rs.getLong("wave_id"), "waveNo", rs.getString("wave_no"),
                        "startedAt", Sql.instant(rs, "started_at"), "startedBy", rs.getString("started_by"),
                        "shipments", rs.getLong("shipments"), "open", rs.getLong("open")), limit);
    }

    /**
     * The wave's picking list: one line per warehouse and SKU with the delivery notes it goes to, in
     * walking order. The ERP port names no locator per line, so the warehouse stands in for it.
     */
    PickingListDocument pickingList(Tx tx, Wave wave) {
        Map<Integer, String> warehouses = erp.products().warehouses(tx).stream()
                .collect(Collectors.toMap(Warehouse::id, w -> w.value() == null ? w.name() : w.value(), (a, b) -> a));
        Map<Integer, String> warehouseNames = erp.products().warehouses(tx).stream()
                .collect(Collectors.toMap(Warehouse::id, Warehouse::name, (a, b) -> a));
        record Key(String locator, String sku) {
        }
        Map<Key, BigDecimal> quantities = new TreeMap<>(Comparator.comparing(Key::locator).thenComparing(Key::sku));
        Map<Key, LinkedHashSet<String>> notes = new TreeMap<>(Comparator.comparing(Key::locator).thenComparing(Key::sku));
        Map<Key, Product> products = new java.util.HashMap<>();
        LinkedHashSet<String> warehouseNamesUsed = new LinkedHashSet<>();
        Function<Integer, Optional<Product>> product = id -> erp.products().get(tx, id);
        for (int shipmentId : wave.shipmentIds()) {
            Optional<Shipment> found = erp.shipments().get(tx, shipmentId);
            if (found.isEmpty()) {
                continue;
            }
            Shipment s = found.get();
            String locator = warehouses.getOrDefault(s.warehouseId(), "#" + s.warehouseId());
            warehouseNamesUsed.add(warehouseNames.getOrDefault(s.warehouseId(), locator));
            for (ShipmentLine l : s.lines()) {
                Product p = product.apply(l.productId()).orElse(null);
                Key k = new Key(locator, p == null ? "#" + l.productId() : p.sku());
                quantities.merge(k, l.movementQty(), BigDecimal::add);
                notes.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.documentNo());
                if (p != null) {
                    products.put(k, p);
                }
            }
        }
        List<PickingListDocument.Line> lines = new ArrayList<>();
        quantities.forEach((k, q) -> {
            Product p = products.get(k);
            lines.add(new PickingListDocument.Line(k.locator(), k.sku(), p == null ? "" : p.name(), q,
                    p == null ? null : p.uom(), List.copyOf(notes.get(k))));
        });
        return new PickingListDocument(wave.waveNo(), wave.startedAt(), String.join(", ", warehouseNamesUsed),
                lines, wave.shipmentIds().size());
    }
}

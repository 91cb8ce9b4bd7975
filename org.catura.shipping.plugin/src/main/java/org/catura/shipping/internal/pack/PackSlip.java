package org.catura.shipping.internal.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.OrderProcess;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.Sender;
import org.catura.documents.api.ShippingLabelDocument;
import org.catura.webui.api.extension.HttpError;

/**
 * One shipment as the packer sees it and its papers print it: the delivery note's lines from the
 * ERP with SKU and name, the ship-to as imported, the seller as the company details say.
 */
public record PackSlip(PackShipment shipment, String documentNo, java.time.LocalDate movementDate, int warehouseId,
        List<String> shipTo, String countryCode, List<Line> lines) {

    /** A delivery note line; {@code lineId} is M_InOutLine_ID, the parcel form's key. */
    public record Line(int lineId, int lineNo, String sku, String name, BigDecimal quantity, String uom) {
    }

    static PackSlip load(Tx tx, Erp erp, OrderProcess process, PackShipment s) {
        Shipment note = erp.shipments().get(tx, s.shipmentId()).orElseThrow(() -> new HttpError(409,
                "Delivery note " + s.shipmentId() + " of " + s.reference() + " is missing in the ERP; "
                        + "it cannot be packed here. Check the order's documents."));
        List<Line> lines = new ArrayList<>();
        for (ShipmentLine l : note.lines()) {
            Product p = erp.products().get(tx, l.productId()).orElse(null);
            lines.add(new Line(l.id(), l.line(), p == null ? "#" + l.productId() : p.sku(),
                    p == null ? "(product " + l.productId() + " not found)" : p.name(), l.movementQty(),
                    p == null ? null : p.uom()));
        }
        ImportedOrder order = process.order(tx, s.orderId()).orElse(null);
        PostalAddress a = order == null ? null : order.deliveryAddress();
        return new PackSlip(s, note.documentNo(), note.movementDate(), note.warehouseId(), shipTo(a),
                a == null ? null : a.countryCode(), List.copyOf(lines));
    }

    /** Quantity per SKU: parcels name SKUs, and one SKU may stand on several lines. */
    Map<String, BigDecimal> quantityBySku() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        lines.forEach(l -> out.merge(l.sku(), l.quantity(), BigDecimal::add));
        return out;
    }

    DeliveryNoteDocument deliveryNote(Sender sender) {
        List<DeliveryNoteDocument.Line> printed = lines.stream()
                .map(l -> new DeliveryNoteDocument.Line(l.lineNo(), l.sku(), l.name(), l.quantity(), l.uom())).toList();
        Locale locale = "DE".equalsIgnoreCase(countryCode) || "AT".equalsIgnoreCase(countryCode)
                || "CH".equalsIgnoreCase(countryCode) ? Locale.GERMAN : Locale.ENGLISH;
        return new DeliveryNoteDocument(sender, documentNo, movementDate, shipment.orderReference(),
                shipment.reference(), shipTo, shipment.carrierName(), shipment.serviceName(), printed, null, locale);
    }

    ShippingLabelDocument label(Sender sender, int parcelNo, int parcelCount, BigDecimal weightKg) {
        return new ShippingLabelDocument(sender, shipTo, shipment.carrierName(), shipment.serviceName(),
                shipment.reference(), parcelNo, parcelCount, weightKg);
    }

    /** The seller for the papers' head; refused while the company's details are not set. */
    static Sender sender(Tx tx, Erp erp) {
        Company c = erp.company().get(tx).orElseThrow(() -> new HttpError(409,
                "The company's details are not set, so no label or delivery note can name the sender; "
                        + "an admin sets them on the Company page."));
        List<String> address = new ArrayList<>();
        Location l = c.address();
        if (l != null) {
            add(address, l.address1());
            add(address, l.address2());
            add(address, join(l.postal(), l.city()));
            add(address, l.countryCode());
        }
        return new Sender(c.legalName(), address, c.vatId());
    }

    private static List<String> shipTo(PostalAddress a) {
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        add(out, a.name());
        add(out, a.companyName());
        add(out, a.addressLine1());
        add(out, a.addressLine2());
        add(out, a.addressLine3());
        add(out, join(a.postalCode(), a.city()));
        add(out, a.countryCode());
        return out;
    }

    private static String join(String a, String b) {
        String s = ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
        return s.isEmpty() ? null : s;
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s.strip());
        }
    }
}

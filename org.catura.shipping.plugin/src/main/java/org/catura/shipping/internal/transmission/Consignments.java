package org.catura.shipping.internal.transmission;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.catura.core.api.order.PostalAddress;
import org.catura.shipping.api.ShippingReferences;

/** Gathers a {@link Consignment} from the order, its delivery note, the company and the carrier choice. */
public final class Consignments {

    private final Erp erp;

    public Consignments(Erp erp) {
        this.erp = erp;
    }

    /** @throws TransmissionProblem when the shipment lacks what every carrier needs (a ship-to, lines) */
    public Consignment of(Tx tx, long orderId, ImportedOrder order, Shipment shipment, CarrierTransmission carrier,
            ChosenCarrier choice, Instant createdAt) throws TransmissionProblem {
        PostalAddress to = order.deliveryAddress();
        if (to == null || blank(to.name()) || blank(to.city()) || blank(to.countryCode())) {
            throw new TransmissionProblem("Order " + order.externalId() + " has no complete delivery address (name,"
                    + " city, country) for the carrier; correct it on the order page");
        }
        if (shipment.lines().isEmpty()) {
            throw new TransmissionProblem("Delivery note " + shipment.documentNo() + " has no lines to ship");
        }
        List<Consignment.Line> lines = new ArrayList<>();
        for (ShipmentLine line : shipment.lines()) {
            Product product = erp.products().get(tx, line.productId()).orElseThrow(() -> new TransmissionProblem(
                    "Line " + line.line() + " of delivery note " + shipment.documentNo() + " names product "
                            + line.productId() + ", which the ERP does not know"));
            lines.add(new Consignment.Line(line.line(), text(product.sku()), text(product.name()),
                    plain(line.movementQty()), text(product.uom())));
        }
        Buyer buyer = order.buyer();
        Consignment.Party shipTo = new Consignment.Party(text(to.name()), text(to.companyName()),
                text(to.addressLine1()), text(to.addressLine2()), text(to.addressLine3()), text(to.postalCode()),
                text(to.city()), text(to.stateOrRegion()), text(to.countryCode()), text(to.phone()),
                buyer == null ? "" : text(buyer.email()));
        Company company = erp.company().get(tx).orElse(null);
        Location at = company == null ? null : company.address();
        Consignment.Party sender = company == null
                ? new Consignment.Party("", "", "", "", "", "", "", "", "", "", "")
                : new Consignment.Party(text(company.legalName()), "", at == null ? "" : text(at.address1()),
                        at == null ? "" : text(at.address2()), at == null ? "" : text(at.address3()),
                        at == null ? "" : text(at.postal()), at == null ? "" : text(at.city()),
                        at == null ? "" : text(at.region()), at == null ? "" : text(at.countryCode()), "", "");
        return new Consignment(ShippingReferences.of(shipment.id()), shipment.id(), orderId, text(shipment.documentNo()),
                shipment.movementDate(), createdAt,
                new Consignment.Order(text(order.externalId()), text(order.channel()), text(order.marketplaceId()),
                        order.purchasedAt(), text(order.serviceLevel()), order.latestShipDate(),
                        text(order.deliveryInstructions()), order.has(OrderFlag.GIFT)),
                shipTo, sender, company == null ? "" : text(company.vatId()),
                new Consignment.CarrierPart(text(carrier.value()), text(carrier.name()), text(carrier.accountNo())),
                new Consignment.ServicePart(text(choice.service()), text(choice.serviceName()),
                        text(choice.carrierProduct())),
                new Consignment.Parcel(plain(choice.weightKg()), plain(choice.lengthCm()), plain(choice.widthCm()),
                        plain(choice.heightCm())),
                lines);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Single-line text: a line break inside a CSV field or a fixed-width record would split the record. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.strip().codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    /** 2.000000 as 2, so templates print quantities as people write them. */
    private static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

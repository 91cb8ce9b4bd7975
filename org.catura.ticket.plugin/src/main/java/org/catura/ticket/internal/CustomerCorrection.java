package org.catura.ticket.internal;

import org.catura.core.api.customer.PartnerAddressing;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.OrderProcess;
import org.catura.ticket.api.TicketException;

/**
 * Works out how an order's chosen business partner is addressed: the partner's location with the
 * order's delivery address (added when it has none: the goods still go where the buyer asked), the
 * bill-to likewise, and the buyer's contact, found or added through core's
 * {@link PartnerAddressing} as the customer station does.
 */
final class CustomerCorrection {

    /** The chosen partner as the order will use it, and the ship-to address for the ticket. */
    record Choice(ChosenCustomer customer, String shipTo) {
    }

    private final Erp erp;
    private final OrderProcess process;
    private final PartnerAddressing addressing;

    CustomerCorrection(Erp erp, OrderProcess process) {
        this.erp = erp;
        this.process = process;
        this.addressing = new PartnerAddressing(erp);
    }

    /**
     * @param so the order's sales order, null when not yet entered: its current addresses (a
     *           clerk may have corrected them) win over the imported ones
     */
    Choice choose(Tx tx, long orderId, SalesOrder so, BusinessPartner chosen) {
        ImportedOrder order = process.order(tx, orderId).orElseThrow(() -> new TicketException(
                "There is no order " + orderId));
        Location shipAddress = so == null ? null : locationOf(tx, so.bpartnerId(), so.shipLocationId());
        Location billAddress = so == null ? null : locationOf(tx, so.bpartnerId(), so.billLocationId());
        PostalAddress delivery = order.deliveryAddress();
        if (shipAddress == null) {
            shipAddress = location(delivery);
        }
        if (billAddress == null) {
            billAddress = order.billTo() == null ? shipAddress : location(order.billTo());
        }
        boolean billSame = PartnerAddressing.samePlace(billAddress, shipAddress);
        String phone = delivery == null ? null : delivery.phone();
        int ship = addressing.location(tx, chosen, shipAddress, true, billSame, phone);
        int bill = billSame ? ship : addressing.location(tx, chosen, billAddress, false, true, phone);
        int contact = contactFor(tx, chosen, order.buyer(), delivery);
        Location shipsTo = chosen.locations().stream().filter(l -> l.id() == ship).map(BPartnerLocation::location)
                .findFirst().orElse(shipAddress);
        return new Choice(new ChosenCustomer(chosen.id(), ship, bill, contact),
                "#" + ship + " " + ManualQueueDesk.format(shipsTo));
    }

    private Location locationOf(Tx tx, int bpartnerId, int locationId) {
        return erp.businessPartners().get(tx, bpartnerId).flatMap(bp -> bp.locations().stream()
                .filter(l -> l.id() == locationId).findFirst()).map(BPartnerLocation::location).orElse(null);
    }

    /** The buyer's contact at the partner by e-mail (or by name without one), else the buyer added; 0: no buyer. */
    private int contactFor(Tx tx, BusinessPartner partner, Buyer buyer, PostalAddress delivery) {
        String name = buyer != null && blankToNull(buyer.name()) != null ? buyer.name()
                : delivery == null ? null : delivery.name();
        String phone = buyer != null && buyer.phone() != null ? buyer.phone() : delivery == null ? null
                : delivery.phone();
        return addressing.contact(tx, partner, name, buyer == null ? null : buyer.email(), phone);
    }

    private static Location location(PostalAddress a) {
        if (a == null) {
            throw new TicketException("The order has no delivery address: correct the ship-to address first");
        }
        return PartnerAddressing.location(a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

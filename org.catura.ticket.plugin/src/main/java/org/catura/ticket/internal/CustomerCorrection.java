package org.catura.ticket.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Contact;
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
 * bill-to likewise, and the buyer's contact, found or added as the customer station does.
 */
final class CustomerCorrection {

    /** The chosen partner as the order will use it, and the ship-to address for the ticket. */
    record Choice(ChosenCustomer customer, String shipTo) {
    }

    private final Erp erp;
    private final OrderProcess process;

    CustomerCorrection(Erp erp, OrderProcess process) {
        this.erp = erp;
        this.process = process;
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
        boolean billSame = key(billAddress).equals(key(shipAddress));
        String phone = delivery == null ? null : delivery.phone();
        int ship = locationFor(tx, chosen, shipAddress, true, billSame, phone);
        int bill = billSame ? ship : locationFor(tx, chosen, billAddress, false, true, phone);
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

    private int locationFor(Tx tx, BusinessPartner partner, Location address, boolean shipTo, boolean billTo,
            String phone) {
        Optional<BPartnerLocation> known = partner.locations().stream()
                .filter(l -> key(l.location()).equals(key(address))).findFirst();
        if (known.isPresent()) {
            return known.get().id();
        }
        String name = address.city() + ", " + address.address1();
        return erp.businessPartners().addLocation(tx, partner.id(), name, address, shipTo, billTo, phone);
    }

    /** The buyer's contact at the partner by e-mail (or by name without one), else the buyer added; 0: no buyer. */
    private int contactFor(Tx tx, BusinessPartner partner, Buyer buyer, PostalAddress delivery) {
        String email = buyer == null ? null : blankToNull(buyer.email());
        String name = buyer != null && blankToNull(buyer.name()) != null ? buyer.name()
                : delivery == null ? null : blankToNull(delivery.name());
        Optional<Contact> known = partner.contacts().stream().filter(c -> email != null
                        ? email.equalsIgnoreCase(String.valueOf(c.email()).strip())
                        : name != null && fold(name).equals(fold(c.name())))
                .findFirst();
        if (known.isPresent()) {
            return known.get().id();
        }
        if (name == null && email == null) {
            return 0;
        }
        BusinessPartners partners = erp.businessPartners();
        String phone = buyer != null && buyer.phone() != null ? buyer.phone() : delivery == null ? null
                : delivery.phone();
        return partners.addContact(tx, partner.id(), name != null ? name : email, email, phone);
    }

    private static Location location(PostalAddress a) {
        if (a == null) {
            throw new TicketException("The order has no delivery address: correct the ship-to address first");
        }
        return new Location(a.addressLine1(), a.addressLine2(), a.addressLine3(), a.companyName(), a.city(),
                a.postalCode(), a.stateOrRegion(), a.countryCode());
    }

    /** Street, postal code and country, with case, accents, punctuation and spaces ignored. */
    static String key(Location l) {
        String postal = l.postal() == null ? "" : l.postal().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        String country = l.countryCode() == null ? "" : l.countryCode().strip().toUpperCase(Locale.ROOT);
        return fold(l.address1()).replace("strasse", "str") + "|" + postal + "|" + country;
    }

    private static String fold(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^a-z0-9]+", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

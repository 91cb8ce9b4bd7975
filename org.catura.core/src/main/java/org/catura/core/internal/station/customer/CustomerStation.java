package org.catura.core.internal.station.customer;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.db.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finds the order's buyer among the business partners or creates one, with the ship-to and
 * bill-to locations and a contact, and records which rule matched and why.
 */
@Component(service = Station.class)
public final class CustomerStation implements Station {

    private final Erp erp;
    private final CustomerMatcher matcher = new CustomerMatcher();
    private final OrderCustomers customers = new OrderCustomers();

    @Activate
    public CustomerStation(@Reference Erp erp) {
        this.erp = erp;
    }

    @Override
    public String name() {
        return "customer";
    }

    @Override
    public OrderState input() {
        return OrderState.RECEIVED;
    }

    @Override
    public StationResult process(StationContext ctx) throws Exception {
        ImportedOrder order = ctx.order();
        PostalAddress shipTo = order.deliveryAddress();
        if (shipTo == null) {
            throw new IllegalArgumentException("Order " + order.externalId() + " has no address");
        }
        Tx tx = ctx.tx();
        BusinessPartners partners = erp.businessPartners();
        Buyer buyer = order.buyer() != null ? order.buyer() : new Buyer(shipTo.name(), null, shipTo.phone(), null, null);
        List<BusinessPartner> byEmail = buyer.email() == null || buyer.email().isBlank() ? List.of()
                : partners.findByEmail(tx, buyer.email());
        List<BusinessPartner> byPostal = shipTo.postalCode() == null ? List.of()
                : partners.findByPostal(tx, shipTo.postalCode(), shipTo.countryCode());
        Optional<CustomerMatch> match = matcher.match(order, byEmail, byPostal);

        BusinessPartner partner = match.map(CustomerMatch::partner).orElseGet(() -> create(tx, order, buyer));
        String rule = match.map(CustomerMatch::rule).orElse(CustomerMatch.NEW);
        String reason = match.map(CustomerMatch::reason)
                .orElse("no partner with e-mail " + (buyer.email() == null ? "(none)" : buyer.email())
                        + " or with name and address " + shipTo.addressLine1() + ", " + shipTo.postalCode());

        int shipLocation = location(tx, partner, shipTo, true, order.billTo() == null);
        int billLocation = order.billTo() == null || sameAddress(shipTo, order.billTo()) ? shipLocation
                : location(tx, partner, order.billTo(), false, true);
        int contact = CustomerMatcher.findContact(partner, buyer.email(), buyer.name()).map(Contact::id)
                .orElseGet(() -> partners.addContact(tx, partner.id(), contactName(buyer, shipTo), buyer.email(),
                        buyer.phone() != null ? buyer.phone() : shipTo.phone()));

        customers.save(tx, ctx.orderId(),
                new OrderCustomers.Chosen(partner.id(), shipLocation, billLocation, contact, rule, reason));
        ctx.link(DocumentKind.BUSINESS_PARTNER, partner.id());
        String verb = match.isPresent() ? "Matched customer " : "Created customer ";
        return StationResult.advance(OrderState.CUSTOMER_READY,
                verb + partner.value() + " " + partner.name() + " (" + rule + ": " + reason + ")");
    }

    private BusinessPartner create(Tx tx, ImportedOrder order, Buyer buyer) {
        PostalAddress to = order.deliveryAddress();
        String company = buyer.companyName() != null ? buyer.companyName() : to.companyName();
        boolean business = company != null && !company.isBlank();
        String person = contactName(buyer, to);
        BusinessPartnerDraft draft = business
                ? new BusinessPartnerDraft(null, company, person, true, buyer.vatId())
                : new BusinessPartnerDraft(null, person, null, false, buyer.vatId());
        return erp.businessPartners().create(tx, draft);
    }

    private static boolean sameAddress(PostalAddress a, PostalAddress b) {
        return Normalize.street(a.addressLine1()).equals(Normalize.street(b.addressLine1()))
                && Normalize.postal(a.postalCode()).equals(Normalize.postal(b.postalCode()))
                && String.valueOf(a.countryCode()).equalsIgnoreCase(String.valueOf(b.countryCode()));
    }

    private static String contactName(Buyer buyer, PostalAddress to) {
        return buyer.name() != null && !buyer.name().isBlank() ? buyer.name() : to.name();
    }

    /** The partner's location for this address, added when the partner does not have it yet. */
    private int location(Tx tx, BusinessPartner partner, PostalAddress address, boolean shipTo, boolean billTo) {
        Optional<BPartnerLocation> known = CustomerMatcher.findLocation(partner, address);
        if (known.isPresent()) {
            return known.get().id();
        }
        Location location = new Location(address.addressLine1(), address.addressLine2(), address.addressLine3(),
                address.companyName(), address.city(), address.postalCode(), address.stateOrRegion(),
                address.countryCode());
        String name = address.city() + ", " + address.addressLine1();
        return erp.businessPartners().addLocation(tx, partner.id(), name, location, shipTo, billTo, address.phone());
    }
}

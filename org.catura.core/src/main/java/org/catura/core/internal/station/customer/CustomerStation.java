package org.catura.core.internal.station.customer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.catura.core.api.customer.PartnerAddressing;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.IssueCode;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.core.api.db.Tx;
import org.catura.core.internal.process.OrderIssues;
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
    private final PartnerAddressing addressing;
    private final OrderIssues issues = new OrderIssues();
    private final BuyerLock buyerLock = new BuyerLock();

    @Activate
    public CustomerStation(@Reference Erp erp) {
        this.erp = erp;
        this.addressing = new PartnerAddressing(erp);
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
        Tx tx = ctx.tx();
        List<OrderIssues.Issue> problems = problems(order, shipTo);
        if (!problems.isEmpty()) {
            // Retrying cannot mend the data: a clerk corrects it at the desk and sends the order back here.
            for (OrderIssues.Issue issue : problems) {
                issues.add(tx, ctx.orderId(), name(), issue);
            }
            return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue, the customer cannot be"
                    + " entered: " + problems.stream().map(OrderIssues.Issue::toString)
                    .collect(Collectors.joining("; ")));
        }
        BusinessPartners partners = erp.businessPartners();
        Buyer buyer = order.buyer() != null ? order.buyer() : new Buyer(shipTo.name(), null, shipTo.phone(), null, null);
        // Held until this transaction commits the new partner: another worker's order of the same buyer waits, then finds it.
        buyerLock.lock(tx, buyer, shipTo);
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

        Location ship = PartnerAddressing.location(shipTo);
        Location bill = order.billTo() == null ? null : PartnerAddressing.location(order.billTo());
        int shipLocation = addressing.location(tx, partner, ship, true, bill == null, shipTo.phone());
        int billLocation = bill == null || PartnerAddressing.samePlace(ship, bill) ? shipLocation
                : addressing.location(tx, partner, bill, false, true, order.billTo().phone());
        int contact = addressing.contact(tx, partner, contactName(buyer, shipTo), buyer.email(),
                buyer.phone() != null ? buyer.phone() : shipTo.phone());

        customers.save(tx, ctx.orderId(),
                new OrderCustomers.Chosen(partner.id(), shipLocation, billLocation, contact, rule, reason));
        ctx.link(DocumentKind.BUSINESS_PARTNER, partner.id());
        String verb = match.isPresent() ? "Matched customer " : "Created customer ";
        return StationResult.advance(OrderState.CUSTOMER_READY,
                verb + partner.value() + " " + partner.name() + " (" + rule + ": " + reason + ")");
    }

    /** What in the order's buyer and addresses the ERP cannot take as it is. */
    private static List<OrderIssues.Issue> problems(ImportedOrder order, PostalAddress shipTo) {
        if (shipTo == null) {
            return List.of(new OrderIssues.Issue(IssueCode.NO_ADDRESS, "the order has no delivery address (neither"
                    + " ship-to nor bill-to): enter it at the desk"));
        }
        if (shipTo.countryCode() == null || shipTo.countryCode().isBlank()) {
            return List.of(new OrderIssues.Issue(IssueCode.NO_ADDRESS, "the delivery address has no country:"
                    + " correct it at the desk"));
        }
        Buyer buyer = order.buyer();
        ErpColumns columns = new ErpColumns().address("delivery address", shipTo);
        if (order.billTo() != null && order.billTo() != shipTo) {
            columns.address("billing address", order.billTo());
        }
        if (buyer != null) {
            columns.check("buyer's name", buyer.name(), ErpColumns.NAME)
                    .check("buyer's company", buyer.companyName(), ErpColumns.PARTNER_NAME)
                    .check("buyer's e-mail", buyer.email(), ErpColumns.EMAIL)
                    .check("buyer's phone", buyer.phone(), ErpColumns.PHONE);
        }
        return columns.found();
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

    private static String contactName(Buyer buyer, PostalAddress to) {
        return buyer.name() != null && !buyer.name().isBlank() ? buyer.name() : to.name();
    }
}

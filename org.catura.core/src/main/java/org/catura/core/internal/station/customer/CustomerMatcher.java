package org.catura.core.internal.station.customer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;

/**
 * Finds the existing customer of an order. The buyer's e-mail (a per-buyer relay address at
 * Amazon) identifies a repeat buyer where present; the normalised name plus street, postal
 * code and country always can. Pure logic: the candidates come from the ERP.
 */
final class CustomerMatcher {

    Optional<CustomerMatch> match(ImportedOrder order, List<BusinessPartner> byEmail,
            List<BusinessPartner> byPostal) {
        Set<String> names = buyerNames(order);
        String email = Normalize.email(order.buyer() == null ? null : order.buyer().email());
        if (!email.isEmpty() && !byEmail.isEmpty()) {
            for (BusinessPartner p : byEmail) {
                if (names.contains(Normalize.name(p.name())) || names.contains(Normalize.name(p.name2()))) {
                    return Optional.of(new CustomerMatch(p, CustomerMatch.EMAIL_AND_NAME,
                            "same e-mail " + email + " and name " + p.name()));
                }
            }
            BusinessPartner p = byEmail.get(0);
            return Optional.of(new CustomerMatch(p, CustomerMatch.EMAIL,
                    "same e-mail " + email + " (name on record: " + p.name() + ")"));
        }
        PostalAddress to = order.deliveryAddress();
        if (to == null) {
            return Optional.empty();
        }
        for (BusinessPartner p : byPostal) {
            boolean sameName = names.contains(Normalize.name(p.name()))
                    || (p.name2() != null && names.contains(Normalize.name(p.name2())));
            if (sameName && findLocation(p, to).isPresent()) {
                return Optional.of(new CustomerMatch(p, CustomerMatch.NAME_AND_ADDRESS, "same name " + p.name()
                        + " and address " + to.addressLine1() + ", " + to.postalCode() + " " + to.countryCode()));
            }
        }
        return Optional.empty();
    }

    /** The partner's location with the same street, postal code and country, if it has one. */
    static Optional<BPartnerLocation> findLocation(BusinessPartner partner, PostalAddress address) {
        String street = Normalize.street(address.addressLine1());
        String postal = Normalize.postal(address.postalCode());
        return partner.locations().stream().filter(l -> {
            Location loc = l.location();
            return Normalize.street(loc.address1()).equals(street) && Normalize.postal(loc.postal()).equals(postal)
                    && address.countryCode() != null && address.countryCode().equalsIgnoreCase(loc.countryCode());
        }).findFirst();
    }

    static Optional<Contact> findContact(BusinessPartner partner, String email, String name) {
        String e = Normalize.email(email);
        String n = Normalize.name(name);
        return partner.contacts().stream()
                .filter(c -> (!e.isEmpty() && e.equals(Normalize.email(c.email())))
                        || (e.isEmpty() && !n.isEmpty() && n.equals(Normalize.name(c.name()))))
                .findFirst();
    }

    private static Set<String> buyerNames(ImportedOrder order) {
        PostalAddress to = order.deliveryAddress();
        return Stream.of(order.buyer() == null ? null : order.buyer().name(),
                        order.buyer() == null ? null : order.buyer().companyName(),
                        to == null ? null : to.name(), to == null ? null : to.companyName())
                .map(Normalize::name).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}

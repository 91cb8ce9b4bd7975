package org.catura.core.internal.station.customer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.catura.core.api.customer.NormalForm;
import org.catura.core.api.customer.PartnerAddressing;
import org.catura.core.api.erp.BusinessPartner;
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
        String email = NormalForm.email(order.buyer() == null ? null : order.buyer().email());
        if (!email.isEmpty() && !byEmail.isEmpty()) {
            for (BusinessPartner p : byEmail) {
                if (names.contains(NormalForm.name(p.name())) || names.contains(NormalForm.name(p.name2()))) {
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
            boolean sameName = names.contains(NormalForm.name(p.name()))
                    || (p.name2() != null && names.contains(NormalForm.name(p.name2())));
            if (sameName && PartnerAddressing.findLocation(p, PartnerAddressing.location(to)).isPresent()) {
                return Optional.of(new CustomerMatch(p, CustomerMatch.NAME_AND_ADDRESS, "same name " + p.name()
                        + " and address " + to.addressLine1() + ", " + to.postalCode() + " " + to.countryCode()));
            }
        }
        return Optional.empty();
    }

    private static Set<String> buyerNames(ImportedOrder order) {
        PostalAddress to = order.deliveryAddress();
        return Stream.of(order.buyer() == null ? null : order.buyer().name(),
                        order.buyer() == null ? null : order.buyer().companyName(),
                        to == null ? null : to.name(), to == null ? null : to.companyName())
                .map(NormalForm::name).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}

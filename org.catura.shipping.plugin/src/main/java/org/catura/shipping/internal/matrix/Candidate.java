package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.List;

/**
 * One service weighed for a shipment: eligible with its price (rate plus surcharges), transit
 * days and rank (1 = chosen), or excluded with every reason that holds.
 */
public record Candidate(Offer offer, BigDecimal price, Integer transitDays, List<Reason> reasons, int rank) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    Candidate ranked(int r) {
        return new Candidate(offer, price, transitDays, reasons, r);
    }

    /** {@code serviceName: reason; reason}, as OrderShipping.exclusions shows it. */
    public String exclusion() {
        StringBuilder sb = new StringBuilder(offer.serviceName()).append(": ");
        for (int i = 0; i < reasons.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(reasons.get(i).text());
        }
        return sb.toString();
    }
}

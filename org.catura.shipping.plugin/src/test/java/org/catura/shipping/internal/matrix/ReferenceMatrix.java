package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The matrix as it was first written, straightforward and slow (BigDecimal throughout, a linear
 * zone scan, the stock asked per service): the oracle {@link MatrixEquivalenceProperties} holds
 * the optimised {@link Matrix} to.
 */
final class ReferenceMatrix {

    private ReferenceMatrix() {
    }

    static Decision decide(ShipmentRequest request, List<Zone> zonesBySeqNo, List<Offer> offers,
            List<PriorityRule> rulesBySeqNo, Stock stock, Weighting weighting) {
        Parcel parcel = Parcel.of(request.items());
        Zone zone = Zone.of(zonesBySeqNo, request.country(), request.postalCode());
        Facts facts = new Facts(parcel, request.country(), request.postalCode(), zone, request.cod(), request.level(),
                request.prime(), request.signature(), request.idCheck(), request.ageCheck(),
                request.items().stream().map(Item::sku).toList(),
                request.items().stream().map(Item::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
        PriorityRule rule = null;
        for (PriorityRule r : rulesBySeqNo) {
            if (r.condition().test(facts)) {
                rule = r;
                break;
            }
        }
        List<Candidate> eligible = new ArrayList<>();
        List<Candidate> excluded = new ArrayList<>();
        Map<Integer, BigDecimal> needed = request.needed();
        for (Offer offer : offers) {
            Candidate c = weigh(offer, facts, request, needed, rule, stock);
            (c.eligible() ? eligible : excluded).add(c);
        }
        // the score once per candidate, not once per comparison
        record Scored(Candidate candidate, BigDecimal score) {
        }
        List<Scored> scored = new ArrayList<>(eligible.size());
        for (Candidate c : eligible) {
            scored.add(new Scored(c, weighting.score(c)));
        }
        scored.sort(Comparator.comparing(Scored::score).thenComparingInt(x -> x.candidate().transitDays())
                .thenComparing(x -> x.candidate().offer().serviceId()));
        List<Candidate> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(scored.get(i).candidate().ranked(i + 1));
        }
        return new Decision(facts, rule, ranked, excluded);
    }

    private static Candidate weigh(Offer o, Facts f, ShipmentRequest request, Map<Integer, BigDecimal> needed,
            PriorityRule rule, Stock stock) {
        List<Reason> reasons = new ArrayList<>(0);
        if (!o.carrierActive()) {
            reasons.add(Reason.of(Reason.Kind.CARRIER_INACTIVE));
        }
        if (!o.active()) {
            reasons.add(Reason.of(Reason.Kind.SERVICE_INACTIVE));
        }
        if (rule != null && !rule.admits(o)) {
            reasons.add(new Reason(Reason.Kind.RULE, rule.name(), null, null, rule.refusal(o)));
        }
        if (o.level().compareTo(f.level()) < 0) {
            reasons.add(new Reason(Reason.Kind.LEVEL, o.level().name(), null, null, f.level().name()));
        }
        Parcel p = f.parcel();
        over(reasons, Reason.Kind.WEIGHT, p.weightKg(), o.maxWeightKg());
        over(reasons, Reason.Kind.LENGTH, p.lengthCm(), o.maxLengthCm());
        over(reasons, Reason.Kind.WIDTH, p.widthCm(), o.maxWidthCm());
        over(reasons, Reason.Kind.HEIGHT, p.heightCm(), o.maxHeightCm());
        over(reasons, Reason.Kind.GIRTH, p.girthCm(), o.maxGirthCm());
        if (f.cod() && !o.cod()) {
            reasons.add(Reason.of(Reason.Kind.NO_COD));
        }
        if (f.signature() && !o.signature()) {
            reasons.add(Reason.of(Reason.Kind.NO_SIGNATURE));
        }
        if (f.idCheck() && !o.idCheck()) {
            reasons.add(Reason.of(Reason.Kind.NO_ID_CHECK));
        }
        if (f.ageCheck() && !o.ageCheck()) {
            reasons.add(Reason.of(Reason.Kind.NO_AGE_CHECK));
        }
        Rate rate = null;
        if (f.zone() == null) {
            reasons.add(new Reason(Reason.Kind.NO_ZONE, f.country() + (f.postalCode() == null ? "" : " " + f.postalCode()),
                    null, null, null));
        } else {
            List<Rate> rates = o.ratesByZone().get(f.zone().value());
            if (rates == null || rates.isEmpty()) {
                reasons.add(new Reason(Reason.Kind.ZONE_NOT_SERVED, f.zone().value(), null, null, null));
            } else {
                for (Rate r : rates) {
                    if (p.weightKg().compareTo(r.maxWeightKg()) <= 0) {
                        rate = r;
                        break;
                    }
                }
                if (rate == null) {
                    reasons.add(new Reason(Reason.Kind.NO_RATE, f.zone().value(), p.weightKg(),
                            rates.get(rates.size() - 1).maxWeightKg(), null));
                }
            }
        }
        for (Map.Entry<Integer, BigDecimal> need : needed.entrySet()) {
            BigDecimal available = stock.available(need.getKey(), o.warehouseId());
            if (available.compareTo(need.getValue()) < 0) {
                reasons.add(new Reason(Reason.Kind.NO_STOCK, request.sku(need.getKey()), available, need.getValue(),
                        o.carrierName()));
            }
        }
        if (!reasons.isEmpty()) {
            return new Candidate(o, null, null, reasons, 0);
        }
        BigDecimal price = rate.price();
        if (f.cod()) {
            price = price.add(o.codSurcharge());
        }
        if (o.bulkyLengthCm() != null && p.lengthCm() != null && p.lengthCm().compareTo(o.bulkyLengthCm()) > 0) {
            price = price.add(o.bulkySurcharge());
        }
        if (f.island()) {
            price = price.add(o.islandSurcharge());
        }
        return new Candidate(o, price, rate.transitDays(), List.of(), 0);
    }

    private static void over(List<Reason> reasons, Reason.Kind kind, BigDecimal actual, BigDecimal limit) {
        if (actual != null && limit != null && actual.compareTo(limit) > 0) {
            reasons.add(Reason.limit(kind, actual, limit));
        }
    }
}

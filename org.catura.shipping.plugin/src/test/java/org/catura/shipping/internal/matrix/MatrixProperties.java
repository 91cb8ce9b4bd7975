package org.catura.shipping.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What must hold for every decision, whatever the catalogue and the order. */
class MatrixProperties {

    private static final List<Zone> ZONES = List.of(Offers.ISLANDS, Offers.DE, Offers.EU);
    private static final String[] COUNTRIES = {"DE", "DE", "DE", "FR", "AT", "CH"};
    private static final String[] POSTALS = {"10115", "25980", "27498", "80331"};

    @Property(tries = 400)
    void theChosenServiceIsEligibleAndNoOtherIsBothCheaperAndFaster(@ForAll("cases") Case c) {
        Decision d = Matrix.decide(c.request(), ZONES, c.offers(), c.rules(), c.stock(), c.weighting());
        d.chosen().ifPresent(chosen -> {
            assertTrue(chosen.eligible());
            assertTrue(c.offers().contains(chosen.offer()));
            for (Candidate other : d.eligible()) {
                boolean cheaper = other.price().compareTo(chosen.price()) < 0;
                boolean faster = other.transitDays() < chosen.transitDays();
                assertFalse(cheaper && faster, other.offer().key() + " is cheaper and faster than " + chosen.offer().key());
            }
        });
        assertTrue(d.eligible().size() + d.excluded().size() == c.offers().size());
    }

    @Property(tries = 400)
    void everyExcludedServiceHasOnlyReasonsThatAreTrueOfIt(@ForAll("cases") Case c) {
        Decision d = Matrix.decide(c.request(), ZONES, c.offers(), c.rules(), c.stock(), c.weighting());
        for (Candidate x : d.excluded()) {
            assertFalse(x.reasons().isEmpty(), x.offer().key() + " excluded without a reason");
            for (Reason r : x.reasons()) {
                assertTrue(holds(r, x.offer(), d, c), x.offer().key() + ": '" + r.text() + "' is not true of it");
            }
        }
        for (Candidate e : d.eligible()) {
            assertTrue(e.reasons().isEmpty());
        }
    }

    /** Checks a reason against the offer and the order from scratch, not through the matrix's code. */
    private static boolean holds(Reason r, Offer o, Decision d, Case c) {
        Parcel p = Parcel.of(c.request().items());
        Zone zone = Zone.of(ZONES, c.request().country(), c.request().postalCode());
        return switch (r.kind()) {
            case CARRIER_INACTIVE -> !o.carrierActive();
            case SERVICE_INACTIVE -> !o.active();
            case WEIGHT -> p.weightKg().compareTo(o.maxWeightKg()) > 0;
            case LENGTH -> o.maxLengthCm() != null && p.lengthCm() != null && p.lengthCm().compareTo(o.maxLengthCm()) > 0;
            case WIDTH -> o.maxWidthCm() != null && p.widthCm() != null && p.widthCm().compareTo(o.maxWidthCm()) > 0;
            case HEIGHT -> o.maxHeightCm() != null && p.heightCm() != null && p.heightCm().compareTo(o.maxHeightCm()) > 0;
            case GIRTH -> o.maxGirthCm() != null && p.girthCm() != null && p.girthCm().compareTo(o.maxGirthCm()) > 0;
            case NO_COD -> c.request().cod() && !o.cod();
            case NO_SIGNATURE -> c.request().signature() && !o.signature();
            case NO_ID_CHECK -> c.request().idCheck() && !o.idCheck();
            case NO_AGE_CHECK -> c.request().ageCheck() && !o.ageCheck();
            case LEVEL -> o.level().compareTo(c.request().level()) < 0;
            case NO_ZONE -> zone == null;
            case ZONE_NOT_SERVED -> zone != null && !o.ratesByZone().containsKey(zone.value());
            case NO_RATE -> zone != null && o.ratesByZone().getOrDefault(zone.value(), List.of()).stream()
                    .noneMatch(rate -> p.weightKg().compareTo(rate.maxWeightKg()) <= 0);
            case NO_STOCK -> c.request().items().stream().filter(i -> i.sku().equals(r.subject())).findFirst()
                    .map(i -> c.stock().available(i.productId(), o.warehouseId()).compareTo(c.request().items().stream()
                            .filter(j -> j.productId() == i.productId()).map(Item::quantity)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)) < 0)
                    .orElse(false);
            case RULE -> d.rule() != null && d.rule().name().equals(r.subject()) && !d.rule().admits(o);
        };
    }

    record Case(ShipmentRequest request, List<Offer> offers, List<PriorityRule> rules, Stock stock,
            Weighting weighting) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ShipmentRequest> requests = Combinators.combine(
                Arbitraries.of(COUNTRIES), Arbitraries.of(POSTALS), Arbitraries.of(ServiceLevel.class),
                Arbitraries.of(true, false), Arbitraries.of(true, false, false, false),
                Arbitraries.of(true, false, false), items().list().ofMinSize(1).ofMaxSize(4))
                .as((country, postal, level, prime, cod, signature, items) -> new ShipmentRequest(country, postal,
                        level, prime, cod, signature, false, false, items, 1));
        Arbitrary<List<Offer>> offers = offer().list().ofMinSize(0).ofMaxSize(12)
                .map(MatrixProperties::distinctIds);
        Arbitrary<List<PriorityRule>> rules = Arbitraries.of(
                List.<PriorityRule>of(),
                List.of(new PriorityRule(10, "Prime fast", Facts::prime, PriorityRule.Action.ONLY_LEVELS,
                        Set.of("EXPRESS", "NEXT_DAY", "SAME_DAY"), null)),
                List.of(new PriorityRule(10, "Heavy by c1", f -> f.parcel().weightKg().compareTo(BigDecimal.TEN) > 0,
                        PriorityRule.Action.ONLY_CARRIERS, Set.of("c1"), null),
                        new PriorityRule(20, "Never c2", f -> true, PriorityRule.Action.EXCLUDE_CARRIERS,
                                Set.of("c2"), null)));
        Arbitrary<Integer> stockLevel = Arbitraries.integers().between(0, 6);
        Arbitrary<BigDecimal> dayPrice = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.75"), new BigDecimal("3"));
        return Combinators.combine(requests, offers, rules, stockLevel, dayPrice)
                .as((request, o, r, level, price) -> new Case(request, o, r,
                        (product, warehouse) -> BigDecimal.valueOf((product * 7L + warehouse * level) % 9),
                        new Weighting(price)));
    }

    private static List<Offer> distinctIds(List<Offer> offers) {
        List<Offer> out = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            out.add(new Offer(i + 1, o.carrier(), o.carrierName(), o.warehouseId(), o.carrierActive(), "s" + (i + 1),
                    o.serviceName() + (i + 1), o.level(), o.active(), o.maxWeightKg(), o.maxLengthCm(), o.maxWidthCm(),
                    o.maxHeightCm(), o.maxGirthCm(), o.cod(), o.signature(), o.idCheck(), o.ageCheck(), o.currency(),
                    o.codSurcharge(), o.bulkyLengthCm(), o.bulkySurcharge(), o.islandSurcharge(), o.ratesByZone()));
        }
        return out;
    }

    private Arbitrary<Item> items() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2500), Arbitraries.integers().between(5, 130),
                Arbitraries.integers().between(5, 70), Arbitraries.integers().between(1, 40))
                .as((product, qty, tenthKg, l, w, h) -> new Item(product, "SKU-" + product, BigDecimal.valueOf(qty),
                        BigDecimal.valueOf(tenthKg, 2), BigDecimal.valueOf(l), BigDecimal.valueOf(w),
                        BigDecimal.valueOf(h)));
    }

    private Arbitrary<Offer> offer() {
        Arbitrary<Map<String, List<Rate>>> rates = Combinators.combine(
                Arbitraries.of("DE", "DE-ISL", "EU"), Arbitraries.integers().between(2, 40),
                Arbitraries.integers().between(300, 3000), Arbitraries.integers().between(1, 6))
                .as((zone, maxKg, cents, days) -> List.of(new Rate(zone, BigDecimal.valueOf(maxKg),
                        BigDecimal.valueOf(cents, 2), days)))
                .list().ofMinSize(0).ofMaxSize(3)
                .map(lists -> {
                    List<Rate> all = new ArrayList<>();
                    lists.forEach(all::addAll);
                    return Offer.byZone(all);
                });
        return Combinators.combine(Arbitraries.of("c1", "c2", "c3"), Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, true, true, false), Arbitraries.of(ServiceLevel.class),
                Arbitraries.of(new BigDecimal("5"), new BigDecimal("31.5"), new BigDecimal("70")),
                Arbitraries.of(true, false), Arbitraries.of(true, false), rates)
                .as((carrier, warehouse, active, level, maxKg, cod, signature, r) -> new Offer(0, carrier,
                        carrier.toUpperCase(), warehouse, active, "s", "Service", level, true, maxKg,
                        new BigDecimal("120"), new BigDecimal("60"), null, new BigDecimal("300"), cod, signature,
                        false, false, "EUR", new BigDecimal("2"), new BigDecimal("100"), new BigDecimal("5"),
                        new BigDecimal("3"), r));
    }
}

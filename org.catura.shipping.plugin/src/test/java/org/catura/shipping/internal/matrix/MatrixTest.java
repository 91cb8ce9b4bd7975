package org.catura.shipping.internal.matrix;

import static org.catura.shipping.internal.matrix.Offers.DE;
import static org.catura.shipping.internal.matrix.Offers.EU;
import static org.catura.shipping.internal.matrix.Offers.ISLANDS;
import static org.catura.shipping.internal.matrix.Offers.item;
import static org.catura.shipping.internal.matrix.Offers.offer;
import static org.catura.shipping.internal.matrix.Offers.rates;
import static org.catura.shipping.internal.matrix.Offers.toGermany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static final List<Zone> ZONES = List.of(ISLANDS, DE, EU);
    private static final Stock PLENTY = (product, warehouse) -> new BigDecimal("100");

    private final Offer paket = offer(1, "dhl", "paket", ServiceLevel.STANDARD, "31.5",
            rates("DE", "2:4.99:2", "10:6.99:2", "31.5:9.99:2"));
    private final Offer express = offer(2, "ups", "express", ServiceLevel.NEXT_DAY, "30",
            rates("DE", "30:14.50:1"));
    private final Offer cheapSlow = offer(3, "hermes", "std", ServiceLevel.STANDARD, "25",
            rates("DE", "25:4.49:4"));

    @Test
    void theCheapestEligibleServiceWinsAndEveryOtherIsRanked() {
        Decision d = Matrix.decide(toGermany("10115", item(7, "CAT-MUG-001", "2", "0.4", "12", "10", "10")), ZONES,
                List.of(paket, express, cheapSlow), List.of(), PLENTY, Weighting.CHEAPEST_THEN_FASTEST);
        assertEquals("hermes/std", d.chosen().orElseThrow().offer().key());
        assertEquals(List.of("hermes/std", "dhl/paket", "ups/express"),
                d.eligible().stream().map(c -> c.offer().key()).toList());
        assertEquals(new BigDecimal("0.8"), d.facts().parcel().weightKg());
        assertEquals("DE", d.facts().zoneValue());
    }

    @Test
    void aPriceForEachTransitDayLetsTheFasterWin() {
        Decision d = Matrix.decide(toGermany("10115", item(7, "CAT-MUG-001", "1", "0.4", null, null, null)), ZONES,
                List.of(paket, cheapSlow), List.of(), PLENTY, new Weighting(new BigDecimal("0.5")));
        // hermes 4.49 + 4 × 0.5 = 6.49; dhl 4.99 + 2 × 0.5 = 5.99
        assertEquals("dhl/paket", d.chosen().orElseThrow().offer().key());
    }

    @Test
    void everyReasonAServiceIsExcludedForIsNamed() {
        Decision d = Matrix.decide(toGermany("10115", item(9, "CAT-DESK-001", "1", "31.6", "160", "80", "10")), ZONES,
                List.of(paket), List.of(), (p, w) -> BigDecimal.ZERO, Weighting.CHEAPEST_THEN_FASTEST);
        assertTrue(d.chosen().isEmpty());
        assertEquals("DHL paket: weight 31.6 kg > 31.5 kg max; length 160 cm > 120 cm max; width 80 cm > 60 cm max; "
                + "girth 340 cm > 300 cm max; no rate for 31.6 kg to zone DE (bands up to 31.5 kg); "
                + "no stock of CAT-DESK-001 at DHL", d.excluded().get(0).exclusion());
        assertEquals("None of 1 services is eligible", d.summary());
    }

    @Test
    void islandsAreTheirOwnZoneAndPayTheSurcharge() {
        Offer islandPaket = new Offer(1, "dhl", "DHL", 1, true, "paket", "DHL Paket", ServiceLevel.STANDARD, true,
                new BigDecimal("31.5"), null, null, null, null, false, false, false, false, "EUR", BigDecimal.ZERO,
                null, BigDecimal.ZERO, new BigDecimal("2.50"), rates("DE-ISL", "31.5:4.99:3"));
        Decision d = Matrix.decide(toGermany("25980", item(7, "CAT-MUG-001", "1", "0.4", null, null, null)), ZONES,
                List.of(islandPaket, paket), List.of(), PLENTY, Weighting.CHEAPEST_THEN_FASTEST);
        assertEquals(new BigDecimal("7.49"), d.chosen().orElseThrow().price());
        assertEquals("DHL paket: zone DE-ISL not served", d.excluded().get(0).exclusion());
    }

    @Test
    void theFirstMatchingRuleNarrowsTheCandidates() {
        PriorityRule prime = new PriorityRule(10, "Prime: fast only", Facts::prime, PriorityRule.Action.ONLY_LEVELS,
                Set.of("NEXT_DAY", "SAME_DAY"), "Prime promises fast delivery");
        PriorityRule never = new PriorityRule(20, "Never DHL", f -> true, PriorityRule.Action.EXCLUDE_CARRIERS,
                Set.of("ups"), null);
        ShipmentRequest primeOrder = new ShipmentRequest("DE", "10115", ServiceLevel.STANDARD, true, false, false,
                false, false, List.of(item(7, "CAT-MUG-001", "1", "0.4", null, null, null)), 1);
        Decision d = Matrix.decide(primeOrder, ZONES, List.of(paket, express), List.of(prime, never), PLENTY,
                Weighting.CHEAPEST_THEN_FASTEST);
        assertEquals("ups/express", d.chosen().orElseThrow().offer().key());
        assertEquals("Prime: fast only", d.rule().name());
        assertEquals("DHL paket: rule 'Prime: fast only': only levels next_day, same_day (Prime promises fast delivery)",
                d.excluded().get(0).exclusion());
    }

    @Test
    void anOrderAskingForAFasterLevelExcludesSlowerServices() {
        ShipmentRequest nextDay = new ShipmentRequest("FR", "75001", ServiceLevel.NEXT_DAY, false, true, true, false,
                false, List.of(item(7, "CAT-MUG-001", "1", "0.4", null, null, null)), 1);
        Decision d = Matrix.decide(nextDay, ZONES, List.of(paket), List.of(), PLENTY, Weighting.CHEAPEST_THEN_FASTEST);
        assertEquals("DHL paket: service level STANDARD below the order's NEXT_DAY; no COD; no signature on delivery; "
                + "zone EU not served", d.excluded().get(0).exclusion());
    }

    @Test
    void stackedPiecesMakeThePackage() {
        Parcel p = Parcel.of(List.of(item(1, "A", "2", "1", "30", "20", "5"), item(2, "B", "1", "0.5", "10", "40", "8")));
        assertEquals(new BigDecimal("2.5"), p.weightKg());
        // longest sides 40 and 30 (widest 20 → sorted box 40 × 20 × 18), heights 5 + 5 + 8
        assertEquals(new BigDecimal("40"), p.lengthCm());
        assertEquals(new BigDecimal("20"), p.widthCm());
        assertEquals(new BigDecimal("18"), p.heightCm());
        assertEquals(new BigDecimal("116"), p.girthCm());
    }
}

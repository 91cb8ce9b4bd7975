package org.catura.core.internal.station.salesorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.TaxExemption;
import org.catura.core.internal.station.salesorder.TaxDetermination.Decision;
import org.catura.core.internal.station.salesorder.TaxDetermination.Seller;
import org.catura.core.internal.station.salesorder.TaxDetermination.Treatment;
import org.junit.jupiter.api.Test;

class TaxDeterminationTest {

    static final Seller DE_WITHOUT_OSS = new Seller("DE", false, Set.of());
    static final Seller DE_WITH_OSS = new Seller("DE", true, Set.of());

    static Decision decide(Seller seller, String to, String vatId) {
        return TaxDetermination.decide(seller, to, vatId).orElseThrow();
    }

    @Test
    void aSaleIntoTheSellersOwnCountryIsDomesticEvenToABusinessWithAVatId() {
        assertEquals(new Decision(Treatment.DOMESTIC, "DE", null), decide(DE_WITHOUT_OSS, "DE", null));
        assertEquals(new Decision(Treatment.DOMESTIC, "DE", null), decide(DE_WITH_OSS, "de", "DE123456789"));
    }

    @Test
    void aConsumerInAnotherMemberStatePaysTheDestinationsRateWithOssAndTheSellersWithout() {
        assertEquals(new Decision(Treatment.DISTANCE_SALE_OSS, "FR", null), decide(DE_WITH_OSS, "FR", null));
        assertEquals(new Decision(Treatment.DISTANCE_SALE_DOMESTIC, "DE", null), decide(DE_WITHOUT_OSS, "FR", null));
    }

    @Test
    void aBusinessWithAVatIdOfAnotherMemberStateGetsATaxExemptIntraCommunitySupply() {
        Decision d = decide(DE_WITH_OSS, "IT", "IT 123 456 789 01");
        assertEquals(Treatment.INTRA_COMMUNITY_SUPPLY, d.treatment());
        assertEquals(TaxExemption.INTRA_COMMUNITY_SUPPLY, d.exemption());
        assertNull(d.rateCountry());
        assertEquals(Treatment.INTRA_COMMUNITY_SUPPLY, decide(DE_WITHOUT_OSS, "GR", "EL123456789").treatment(),
                "Greece's prefix EL");
    }

    @Test
    void aVatIdThatLooksWrongOrIsTheSellersOwnCountryMakesItASaleToAConsumer() {
        assertEquals(Treatment.DISTANCE_SALE_OSS, decide(DE_WITH_OSS, "IT", "IT123").treatment());
        assertEquals(Treatment.DISTANCE_SALE_OSS, decide(DE_WITH_OSS, "IT", "DE123456789").treatment());
        assertEquals(Treatment.DISTANCE_SALE_OSS, decide(DE_WITH_OSS, "IT", "CHE-123.456.789").treatment());
        assertEquals(Treatment.DISTANCE_SALE_DOMESTIC, decide(DE_WITHOUT_OSS, "IT", "").treatment());
    }

    @Test
    void goodsLeavingTheEuAreATaxExemptExportUnlessTheSellerIsRegisteredThere() {
        for (String country : List.of("CH", "GB", "UK", "NO", "US")) {
            Decision d = decide(DE_WITH_OSS, country, null);
            assertEquals(Treatment.EXPORT, d.treatment(), country);
            assertEquals(TaxExemption.EXPORT, d.exemption());
        }
        assertEquals(Treatment.EXPORT, decide(DE_WITH_OSS, "CH", "IT12345678901").treatment(),
                "an EU VAT id does not make an export an intra-Community supply");
        Seller registeredInGb = new Seller("DE", true, Set.of("UK", "CH"));
        assertEquals(new Decision(Treatment.REGISTERED_ABROAD, "GB", null), decide(registeredInGb, "GB", null));
        assertEquals(new Decision(Treatment.REGISTERED_ABROAD, "CH", null), decide(registeredInGb, "ch", null));
        assertEquals(Treatment.EXPORT, decide(registeredInGb, "NO", null).treatment());
    }

    @Test
    void withoutTheSellersOrTheDestinationsCountryNothingIsDecided() {
        assertTrue(TaxDetermination.decide(new Seller(null, true, Set.of()), "DE", null).isEmpty());
        assertTrue(TaxDetermination.decide(DE_WITH_OSS, " ", null).isEmpty());
    }

    static final List<Tax> TAXES = List.of(
            new Tax(1, "DE VAT 19%", new BigDecimal("19"), "DE", 1),
            new Tax(2, "DE VAT 7%", new BigDecimal("7"), "DE", 2),
            new Tax(3, "FR VAT 20%", new BigDecimal("20"), "FR", 1),
            new Tax(4, "GB VAT 20%", new BigDecimal("20"), "GB", 1),
            new Tax(5, "Zero-rated", BigDecimal.ZERO, null, 4),
            new Tax(6, "Intra-Community supply", BigDecimal.ZERO, null, 4, TaxExemption.INTRA_COMMUNITY_SUPPLY,
                    "Steuerfreie innergemeinschaftliche Lieferung"),
            new Tax(7, "Export", BigDecimal.ZERO, null, 4, TaxExemption.EXPORT, null),
            new Tax(8, "Standard (any country)", new BigDecimal("19"), null, 1));

    static Tax lookUp(Decision d, int category) {
        return TaxLookup.find(TAXES, d, category, "DE").orElse(null);
    }

    @Test
    void theRowOfTheCategoryForTheRateCountryIsTakenAndTheZeroTreatmentsByTheirMark() {
        assertEquals(1, lookUp(decide(DE_WITH_OSS, "DE", null), 1).id());
        assertEquals(2, lookUp(decide(DE_WITHOUT_OSS, "FR", null), 2).id());
        assertEquals(3, lookUp(decide(DE_WITH_OSS, "FR", null), 1).id());
        assertEquals(4, lookUp(decide(new Seller("DE", true, Set.of("GB")), "UK", null), 1).id());
        Tax ics = lookUp(decide(DE_WITH_OSS, "IT", "IT12345678901"), 2);
        assertEquals(6, ics.id());
        assertEquals("Steuerfreie innergemeinschaftliche Lieferung", ics.invoiceNote());
        Tax export = lookUp(decide(DE_WITH_OSS, "CH", null), 1);
        assertEquals(7, export.id());
        assertEquals(TaxExemption.EXPORT.defaultNote(), export.invoiceNote(), "the standard note where the row has none");
    }

    @Test
    void aRowForAnyCountryStandsInOnlyForZeroRatedGoodsAndTheSellersOwnCountry() {
        assertEquals(5, lookUp(decide(DE_WITH_OSS, "FR", null), 4).id(), "zero-rated is 0 % everywhere");
        assertNull(lookUp(decide(DE_WITH_OSS, "FR", null), 2), "no French reduced rate: the ERP lacks it");
        assertEquals(8, TaxLookup.find(TAXES.subList(2, 8), decide(DE_WITH_OSS, "DE", null), 1, "DE")
                .orElseThrow().id(), "a domestic-only set-up");
        assertNull(TaxLookup.find(TAXES.subList(4, 8), decide(DE_WITH_OSS, "IT", null), 1, "DE").orElse(null),
                "never the seller's rate for a destination that needs its own");
    }

    @Test
    void amazonsTaxContradictsOnlyBeyondACentAPieceAndTwoAtLeast() {
        assertTrue(!TaxLookup.contradicts(new BigDecimal("3.19"), new BigDecimal("3.21"), BigDecimal.ONE));
        assertTrue(TaxLookup.contradicts(new BigDecimal("3.19"), new BigDecimal("3.22"), BigDecimal.ONE));
        assertTrue(!TaxLookup.contradicts(new BigDecimal("9.57"), new BigDecimal("9.62"), new BigDecimal("5")));
        assertTrue(TaxLookup.contradicts(new BigDecimal("3.19"), new BigDecimal("3.33"), new BigDecimal("2")));
    }
}

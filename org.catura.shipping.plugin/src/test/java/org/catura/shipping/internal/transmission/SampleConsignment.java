package org.catura.shipping.internal.transmission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consignment with the characters that break naive files: separators, quotes, markup, umlauts. */
final class SampleConsignment {

    private SampleConsignment() {
    }

    static Consignment tricky() {
        return new Consignment("CAT-1000123", 1000123, 42, "10007", LocalDate.parse("2026-12-02"),
                Instant.parse("2026-12-02T10:15:00Z"),
                new Consignment.Order("302-1234567-7654321", "amazon", "A1PA6795UKMFR9",
                        Instant.parse("2026-12-01T09:00:00Z"), "Standard", null, "Bitte beim \"Nachbarn\"; abgeben", false),
                new Consignment.Party("Jörg Müller; \"Jo\"", "Müller & Söhne <GmbH>", "Hauptstraße 5", "", "", "10115",
                        "Berlin", "", "DE", "+49 30 123", ""),
                new Consignment.Party("Catura Shop GmbH", "", "Lagerweg 1", "", "", "20095", "Hamburg", "", "DE", "", ""),
                "DE123456789", new Consignment.CarrierPart("ful", "Fulfilment Partner", "4711"),
                new Consignment.ServicePart("std", "Standard", "STD"),
                new Consignment.Parcel(new BigDecimal("2.4"), new BigDecimal("40"), new BigDecimal("30"),
                        new BigDecimal("20")),
                List.of(new Consignment.Line(10, "CAT-MUG-001", "Tasse \"Kaffee\"; 0,3 l", new BigDecimal("2"), "Stk"),
                        new Consignment.Line(20, "CAT-TEE-001", "T-Shirt <XL> & more\\", BigDecimal.ONE, "Stk")));
    }
}

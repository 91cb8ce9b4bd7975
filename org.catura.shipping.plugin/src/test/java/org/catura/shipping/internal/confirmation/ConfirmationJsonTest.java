package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.junit.jupiter.api.Test;

class ConfirmationJsonTest {

    static CarrierConfirmation parse(String json) throws MalformedConfirmationException {
        return ConfirmationJson.parse("dhl", ConfirmationSource.HTTP_CALLBACK, "callback",
                json.getBytes(StandardCharsets.UTF_8));
    }

    static String broken(String json) {
        return assertThrows(MalformedConfirmationException.class, () -> parse(json)).getMessage();
    }

    @Test
    void theCallbackBodyOfContractFour() throws Exception {
        CarrierConfirmation c = parse("""
                {"reference":"CAT-1000123","orderReference":"302-1","shippedAt":"2026-12-02T10:15:00Z",
                 "parcels":[{"trackingNo":"003404341606","replacesTrackingNo":null,"weightKg":1.2,
                             "lines":[{"sku":"CAT-MUG-001","quantity":1}]}]}""");
        assertEquals("CAT-1000123", c.reference());
        assertEquals("003404341606", c.parcels().get(0).trackingNo());
        assertEquals(new BigDecimal("1.2"), c.parcels().get(0).weightKg());
        assertEquals("CAT-MUG-001", c.parcels().get(0).lines().get(0).sku());
    }

    @Test
    void garbledBodiesSayWhereAndWhat() {
        assertEquals("Line 2, column 2: no valid JSON (Unexpected end-of-input within/between Object entries)",
                broken("{\"reference\":\"CAT-1\",\n "));
        assertEquals("parcels: a non-empty array is required", broken("{\"reference\":\"CAT-1\",\"parcels\":[]}"));
        assertEquals("parcels[0].trackingNo: missing", broken("{\"reference\":\"CAT-1\",\"parcels\":[{}]}"));
        assertEquals("parcels[0].colour: unknown field",
                broken("{\"reference\":\"CAT-1\",\"parcels\":[{\"trackingNo\":\"1\",\"colour\":\"red\"}]}"));
        assertEquals("parcels[0].lines[0].quantity: must be a number", broken(
                "{\"reference\":\"CAT-1\",\"parcels\":[{\"trackingNo\":\"1\",\"lines\":[{\"sku\":\"A\",\"quantity\":\"1\"}]}]}"));
        assertEquals("shippedAt: 'soon' is no ISO-8601 instant or date",
                broken("{\"reference\":\"CAT-1\",\"shippedAt\":\"soon\",\"parcels\":[{\"trackingNo\":\"1\"}]}"));
        assertEquals("reference: missing (or give orderReference)", broken("{\"parcels\":[{\"trackingNo\":\"1\"}]}"));
    }
}

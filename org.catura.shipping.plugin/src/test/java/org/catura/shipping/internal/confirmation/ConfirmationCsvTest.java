package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.junit.jupiter.api.Test;

class ConfirmationCsvTest {

    static List<CarrierConfirmation> parse(String text) throws MalformedConfirmationException {
        return ConfirmationCsv.parse("dhl", ConfirmationSource.SFTP, "a.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static String broken(String text) {
        return assertThrows(MalformedConfirmationException.class, () -> parse(text)).getMessage();
    }

    static final String H = ConfirmationCsv.HEADER + "\n";

    @Test
    void rowsOfOneReferenceAreOneConfirmationAndRowsOfOneTrackingNumberOneParcel() throws Exception {
        List<CarrierConfirmation> all = parse(H
                + "CAT-0000101;302-1;111;;2026-12-02T10:15:00Z;CAT-MUG-001;1;1.2\r\n"
                + "CAT-0000101;302-1;111;;2026-12-02T10:15:00Z;CAT-TEE-001;2;1.2\r\n"
                + "CAT-0000101;302-1;222;;2026-12-02T10:15:00Z;CAT-MUG-001;1;\r\n"
                + "CAT-0000102;;333;330;2026-12-03;;;\r\n");
        assertEquals(2, all.size());
        CarrierConfirmation first = all.get(0);
        assertEquals("CAT-0000101", first.reference());
        assertEquals("302-1", first.orderReference());
        assertEquals(Instant.parse("2026-12-02T10:15:00Z"), first.shippedAt());
        assertEquals(2, first.parcels().size());
        assertEquals(2, first.parcels().get(0).lines().size());
        assertEquals(new BigDecimal("1.2"), first.parcels().get(0).weightKg());
        assertEquals(4, new String(first.raw(), StandardCharsets.UTF_8).split("\n").length, "header and its own three lines");
        CarrierConfirmation second = all.get(1);
        assertEquals(Instant.parse("2026-12-03T00:00:00Z"), second.shippedAt());
        assertEquals("330", second.parcels().get(0).replacesTrackingNo());
        assertEquals(List.of(), second.parcels().get(0).lines(), "the whole shipment");
    }

    @Test
    void brokenFilesNameTheLineAndWhatIsWrong() {
        assertEquals("Line 1: the header must be '" + ConfirmationCsv.HEADER + "', found 'ref;tracking'",
                broken("ref;tracking\nCAT-1;2\n"));
        assertEquals("Line 3: 3 fields, expected 8 separated by ';'", broken(H + "CAT-1;;1;;;;;\nCAT-1;;2\n"));
        assertEquals("Line 2: tracking_no is empty", broken(H + "CAT-1;;;;;;;\n"));
        assertEquals("Line 2: shipped_at 'yesterday' is no ISO-8601 instant (2026-12-02T10:15:00Z) or date (2026-12-02)",
                broken(H + "CAT-1;;1;;yesterday;;;\n"));
        assertEquals("Line 2: quantity 'two' is no number (use a point: 1.5)", broken(H + "CAT-1;;1;;;CAT-MUG-001;two;\n"));
        assertEquals("Line 2: sku and quantity go together (both empty: the whole shipment)",
                broken(H + "CAT-1;;1;;;CAT-MUG-001;;\n"));
        assertEquals("Line 2: quantity 0 is not positive", broken(H + "CAT-1;;1;;;CAT-MUG-001;0;\n"));
        assertEquals("Line 3: shipped_at differs from line 2 for the same reference",
                broken(H + "CAT-1;;1;;2026-12-01;;;\nCAT-1;;2;;2026-12-02;;;\n"));
        assertEquals("Line 3: sku CAT-MUG-001 twice in parcel 1",
                broken(H + "CAT-1;;1;;;CAT-MUG-001;1;\nCAT-1;;1;;;CAT-MUG-001;1;\n"));
        assertEquals("Line 2: neither reference nor order_reference given", broken(H + ";;1;;;;;\n"));
        assertEquals("No confirmation lines below the header", broken(H));
        assertEquals("The file is not UTF-8 text", assertThrows(MalformedConfirmationException.class,
                () -> ConfirmationCsv.parse("dhl", ConfirmationSource.SFTP, "a.csv", new byte[] {(byte) 0xff, 0x41}))
                .getMessage());
    }
}

package org.catura.shipping.internal.confirmation;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;

/**
 * The CSV confirmation file (contract 4): UTF-8, {@code ;}, a fixed header; rows of one reference
 * form one confirmation, rows of one tracking number one parcel; sku and quantity empty: the
 * whole shipment. Strict: any bad line refuses the whole file, naming the line, so nothing of a
 * half-understood file is recorded. Each confirmation keeps the header and its own lines as raw.
 */
public final class ConfirmationCsv {

    public static final String HEADER = "reference;order_reference;tracking_no;replaces_tracking_no;shipped_at;sku;quantity;weight_kg";
    private static final int COLUMNS = 8;
    private static final int MAX_LINES = 100_000;

    private ConfirmationCsv() {
    }

    public static List<CarrierConfirmation> parse(String carrier, ConfirmationSource source, String rawName,
            byte[] content) throws MalformedConfirmationException {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new MalformedConfirmationException("More than " + MAX_LINES + " lines; split the file");
        }
        if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
            throw new MalformedConfirmationException("Line 1: the header must be '" + HEADER + "', found '"
                    + shorten(lines[0]) + "'");
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int no = i + 1;
            String[] f = line.split(";", -1);
            if (f.length != COLUMNS) {
                throw new MalformedConfirmationException("Line " + no + ": " + f.length + " fields, expected " + COLUMNS
                        + " separated by ';'");
            }
            Row row = row(no, f);
            String key = (row.reference == null ? "" : row.reference) + "\u0000"
                    + (row.reference == null ? row.orderReference : "");
            Group g = groups.computeIfAbsent(key, k -> new Group(row.reference, row.orderReference, row.shippedAt, no));
            g.add(no, row, line);
        }
        if (groups.isEmpty()) {
            throw new MalformedConfirmationException("No confirmation lines below the header");
        }
        List<CarrierConfirmation> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(g.confirmation(carrier, source, rawName));
        }
        return out;
    }

    private static Row row(int no, String[] f) throws MalformedConfirmationException {
        String reference = blankToNull(f[0]);
        String orderReference = blankToNull(f[1]);
        String trackingNo = blankToNull(f[2]);
        if (reference == null && orderReference == null) {
            throw new MalformedConfirmationException("Line " + no + ": neither reference nor order_reference given");
        }
        if (trackingNo == null) {
            throw new MalformedConfirmationException("Line " + no + ": tracking_no is empty");
        }
        if (trackingNo.length() > 60) {
            throw new MalformedConfirmationException("Line " + no + ": tracking_no is longer than 60 characters");
        }
        String replaces = blankToNull(f[3]);
        Instant shippedAt = shippedAt(no, blankToNull(f[4]));
        String sku = blankToNull(f[5]);
        BigDecimal quantity = decimal(no, "quantity", blankToNull(f[6]));
        if ((sku == null) != (quantity == null)) {
            throw new MalformedConfirmationException("Line " + no + ": sku and quantity go together (both empty: the whole shipment)");
        }
        if (quantity != null && quantity.signum() <= 0) {
            throw new MalformedConfirmationException("Line " + no + ": quantity " + quantity.toPlainString() + " is not positive");
        }
        BigDecimal weight = decimal(no, "weight_kg", blankToNull(f[7]));
        if (weight != null && weight.signum() < 0) {
            throw new MalformedConfirmationException("Line " + no + ": weight_kg is negative");
        }
        return new Row(reference, orderReference, trackingNo, replaces, shippedAt, sku, quantity, weight);
    }

    static Instant shippedAt(int no, String value) throws MalformedConfirmationException {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedConfirmationException("Line " + no + ": shipped_at '" + shorten(value)
                    + "' is no ISO-8601 instant (2026-12-02T10:15:00Z) or date (2026-12-02)");
        }
    }

    private static BigDecimal decimal(int no, String column, String value) throws MalformedConfirmationException {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new MalformedConfirmationException("Line " + no + ": " + column + " '" + shorten(value)
                    + "' is no number (use a point: 1.5)");
        }
    }

    private static String utf8(byte[] content) throws MalformedConfirmationException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedConfirmationException("The file is not UTF-8 text");
        }
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private record Row(String reference, String orderReference, String trackingNo, String replaces, Instant shippedAt,
            String sku, BigDecimal quantity, BigDecimal weight) {
    }

    /** The rows of one confirmation, their parcels in the order they first appear. */
    private static final class Group {
        final String reference;
        final String orderReference;
        final Instant shippedAt;
        final int firstLine;
        final Map<String, ParcelRows> parcels = new LinkedHashMap<>();
        final StringBuilder raw = new StringBuilder(HEADER).append('\n');

        Group(String reference, String orderReference, Instant shippedAt, int firstLine) {
            this.reference = reference;
            this.orderReference = orderReference;
            this.shippedAt = shippedAt;
            this.firstLine = firstLine;
        }

        void add(int no, Row row, String line) throws MalformedConfirmationException {
            if (!Objects.equals(orderReference, row.orderReference)) {
                throw new MalformedConfirmationException("Line " + no + ": order_reference '" + row.orderReference
                        + "' differs from '" + orderReference + "' on line " + firstLine + " for the same reference");
            }
            if (!Objects.equals(shippedAt, row.shippedAt)) {
                throw new MalformedConfirmationException("Line " + no + ": shipped_at differs from line " + firstLine
                        + " for the same reference");
            }
            ParcelRows p = parcels.get(row.trackingNo);
            if (p == null) {
                parcels.put(row.trackingNo, new ParcelRows(row, no));
            } else {
                p.add(no, row);
            }
            raw.append(line).append('\n');
        }

        CarrierConfirmation confirmation(String carrier, ConfirmationSource source, String rawName) {
            List<ConfirmedParcel> list = new ArrayList<>();
            parcels.values().forEach(p -> list.add(p.parcel()));
            return new CarrierConfirmation(carrier, reference, orderReference, shippedAt, list, source, rawName,
                    raw.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final class ParcelRows {
        final Row first;
        final int firstLine;
        final Map<String, BigDecimal> lines = new LinkedHashMap<>();
        boolean whole;

        ParcelRows(Row row, int no) throws MalformedConfirmationException {
            this.first = row;
            this.firstLine = no;
            this.whole = row.sku == null;
            if (row.sku != null) {
                lines.put(row.sku, row.quantity);
            }
        }

        void add(int no, Row row) throws MalformedConfirmationException {
            if (!Objects.equals(first.replaces, row.replaces) || !sameWeight(first.weight, row.weight)) {
                throw new MalformedConfirmationException("Line " + no + ": parcel " + row.trackingNo
                        + " has another replaces_tracking_no or weight_kg than on line " + firstLine);
            }
            if (whole || row.sku == null) {
                throw new MalformedConfirmationException("Line " + no + ": parcel " + row.trackingNo
                        + " is given as the whole shipment (sku empty) and with lines; use one or the other");
            }
            if (lines.containsKey(row.sku)) {
                throw new MalformedConfirmationException("Line " + no + ": sku " + row.sku + " twice in parcel "
                        + row.trackingNo);
            }
            lines.put(row.sku, row.quantity);
        }

        ConfirmedParcel parcel() {
            List<ConfirmedParcel.Line> l = new ArrayList<>();
            lines.forEach((sku, qty) -> l.add(new ConfirmedParcel.Line(sku, qty)));
            return new ConfirmedParcel(first.trackingNo, first.replaces, first.weight, l);
        }

        private static boolean sameWeight(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }
}

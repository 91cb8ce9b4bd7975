package org.catura.documents.internal;

import com.lowagie.text.pdf.Barcode128;
import java.awt.Color;
import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import org.catura.documents.api.DeliveryNoteDocument;
import org.catura.documents.api.PickingListDocument;
import org.catura.documents.api.Sender;
import org.catura.documents.api.ShippingDocuments;
import org.catura.documents.api.ShippingLabelDocument;
import org.osgi.service.component.annotations.Component;

/**
 * The three documents with JasperReports 7, from templates compiled at build time
 * ({@code templates/*.jasper}, sources in {@code src/main/jasper}). Each call fills and exports
 * on the caller's thread; the compiled reports are shared and read-only, so calls may run in
 * parallel. Around fill and export the thread's context class loader is this bundle's: JasperReports
 * finds its extensions (PDF exporter, fonts) and the expression classes through it.
 */
@Component(service = ShippingDocuments.class)
public final class JasperShippingDocuments implements ShippingDocuments {

    private static final String TEMPLATES = "templates/";
    private static final String LABELS = "org.catura.documents.internal.labels";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT);

    private final ClassLoader loader = JasperShippingDocuments.class.getClassLoader();
    private final JasperReport deliveryNoteReport;
    private final JasperReport pickingListReport;
    private final JasperReport labelReport;

    public JasperShippingDocuments() {
        deliveryNoteReport = load("DeliveryNote.jasper");
        pickingListReport = load("PickingList.jasper");
        labelReport = load("ShippingLabel.jasper");
    }

    @Override
    public byte[] deliveryNote(DeliveryNoteDocument note) {
        require(note, "delivery note");
        requireText(note.documentNo(), "delivery note: documentNo");
        require(note.date(), "delivery note: date");
        requireLines(note.shipTo(), "delivery note: shipTo");
        requireLines(note.lines(), "delivery note: lines");
        Locale locale = language(note.locale());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < note.lines().size(); i++) {
            DeliveryNoteDocument.Line l = note.lines().get(i);
            String at = "delivery note: lines[" + i + "]";
            require(l, at);
            requireText(l.sku(), at + ".sku");
            require(l.quantity(), at + ".quantity");
            Map<String, Object> row = new HashMap<>();
            row.put("lineNo", l.lineNo());
            row.put("sku", l.sku());
            row.put("name", l.name());
            row.put("quantity", quantity(l.quantity(), locale));
            row.put("uom", l.uom());
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, ResourceBundle.getBundle(LABELS, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        putSender(p, note.sender(), locale);
        p.put("ShipTo", lines(note.shipTo()));
        p.put("DocumentNo", note.documentNo());
        p.put("DocumentDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(note.date()));
        p.put("OrderReference", note.orderReference());
        p.put("ShipmentReference", note.shipmentReference());
        p.put("Carrier", carrier(note.carrierName(), note.serviceName()));
        p.put("Note", note.note() == null || note.note().isBlank() ? null : note.note());
        return render(deliveryNoteReport, p, () -> new JRMapCollectionDataSource(rows));
    }

    @Override
    public byte[] pickingList(PickingListDocument list) {
        require(list, "picking list");
        requireText(list.waveNo(), "picking list: waveNo");
        requireLines(list.lines(), "picking list: lines");
        if (list.orderCount() < 0) {
            throw new IllegalArgumentException("picking list: orderCount must not be negative, was " + list.orderCount());
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < list.lines().size(); i++) {
            PickingListDocument.Line l = list.lines().get(i);
            String at = "picking list: lines[" + i + "]";
            require(l, at);
            requireText(l.sku(), at + ".sku");
            require(l.quantity(), at + ".quantity");
            Map<String, Object> row = new HashMap<>();
            row.put("locator", l.locator());
            row.put("sku", l.sku());
            row.put("name", l.name());
            row.put("quantity", quantity(l.quantity(), Locale.ENGLISH));
            row.put("uom", l.uom());
            row.put("deliveryNotes", String.join(", ", l.deliveryNotes()));
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
        p.put("WaveNo", list.waveNo());
        p.put("Created", list.createdAt() == null ? null : CREATED.format(list.createdAt().atOffset(ZoneOffset.UTC)));
        p.put("Warehouse", list.warehouseName());
        p.put("OrderCount", list.orderCount());
        p.put("LineCount", rows.size());
        return render(pickingListReport, p, () -> new JRMapCollectionDataSource(rows));
    }

    @Override
    public byte[] shippingLabel(ShippingLabelDocument label) {
        require(label, "shipping label");
        requireLines(label.shipTo(), "shipping label: shipTo");
        if (label.parcelCount() < 1 || label.parcelNo() < 1 || label.parcelNo() > label.parcelCount()) {
            throw new IllegalArgumentException("shipping label: parcelNo " + label.parcelNo() + " of parcelCount "
                    + label.parcelCount() + " (1 <= parcelNo <= parcelCount)");
        }
        if (label.weightKg() != null && label.weightKg().signum() < 0) {
            throw new IllegalArgumentException("shipping label: weightKg must not be negative, was " + label.weightKg());
        }
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
        Sender s = label.sender();
        p.put("SenderLine", s == null ? null : join(Stream.concat(Stream.of(s.legalName()), s.addressLines().stream())));
        p.put("ShipTo", lines(label.shipTo()));
        p.put("Carrier", carrier(label.carrierName(), label.serviceName()));
        String reference = label.shipmentReference() == null || label.shipmentReference().isBlank() ? null
                : label.shipmentReference();
        p.put("ShipmentReference", reference);
        p.put("Barcode", reference == null ? null : barcode(reference));
        p.put("Parcel", "Parcel " + label.parcelNo() + " of " + label.parcelCount());
        p.put("Weight", label.weightKg() == null ? null : quantity(label.weightKg(), Locale.ENGLISH) + " kg");
        return render(labelReport, p, () -> new JREmptyDataSource(1));
    }

    private byte[] render(JasperReport report, Map<String, Object> parameters,
            Supplier<net.sf.jasperreports.engine.JRDataSource> data) {
        return withBundleLoader(() -> {
            try {
                JasperPrint print = JasperFillManager.fillReport(report, parameters, data.get());
                return JasperExportManager.exportReportToPdf(print);
            } catch (JRException e) {
                throw new IllegalStateException("rendering " + report.getName() + " failed: " + e.getMessage(), e);
            }
        });
    }

    private JasperReport load(String name) {
        return withBundleLoader(() -> {
            try (InputStream in = JasperShippingDocuments.class.getResourceAsStream(TEMPLATES + name)) {
                if (in == null) {
                    throw new IllegalStateException("template " + name + " is missing from the bundle");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("template " + name + " cannot be loaded: " + e.getMessage(), e);
            }
        });
    }

    /** JasperReports loads extensions and classes through the thread's context class loader. */
    private <T> T withBundleLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void putSender(Map<String, Object> p, Sender s, Locale locale) {
        if (s == null) {
            return;
        }
        p.put("SenderName", s.legalName());
        Stream<String> parts = s.addressLines().stream();
        if (s.vatId() != null && !s.vatId().isBlank()) {
            String vat = ResourceBundle.getBundle(LABELS, locale, JasperShippingDocuments.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("vatId");
            parts = Stream.concat(parts, Stream.of(vat + " " + s.vatId()));
        }
        p.put("SenderLine", join(parts));
    }

    private static Image barcode(String reference) {
        Barcode128 code = new Barcode128();
        code.setCodeType(Barcode128.CODE128);
        code.setCode(reference);
        return code.createAwtImage(Color.BLACK, Color.WHITE);
    }

    private static String join(Stream<String> parts) {
        return parts.filter(Objects::nonNull).filter(x -> !x.isBlank()).collect(Collectors.joining(" · "));
    }

    private static String lines(List<String> lines) {
        return lines.stream().filter(Objects::nonNull).filter(x -> !x.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String carrier(String carrier, String service) {
        String s = join(Stream.of(carrier, service));
        return s.isEmpty() ? null : s;
    }

    private static String quantity(BigDecimal q, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, q.stripTrailingZeros().scale()));
        return f.format(q);
    }

    private static Locale language(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    private static void requireLines(List<?> value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(field + " must have at least one entry");
        }
    }
}

package org.catura.shipping.internal.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.process.OrderProcess;
import org.catura.documents.api.ShippingDocuments;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.api.ShippingReferences;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.api.extension.WebRoute;

/**
 * The warehouse's pack page: the open in-house shipments, a scan field that opens one by its
 * reference or order id, its lines, the label and the delivery note as PDF, and the parcels with
 * their tracking numbers, which go in through {@link ShippingConfirmations} as any carrier's
 * confirmation does. Waves gather the open shipments for one picking list.
 */
public class PackPages implements WebExtension {

    private static final String SHIPMENT = "/pack/shipments/(\\d+)";
    private static final String WAVE = "/pack/waves/(\\d+)";
    private static final String PDF = "application/pdf";

    private final Database database;
    private final OrderProcess process;
    private final Erp erp;
    private final java.util.function.Supplier<ShippingDocuments> documents;
    private final ShippingConfirmations confirmations;
    private final Clock clock;
    private final PackStore store;
    private final Waves waves;
    private final ObjectMapper json = new ObjectMapper();

    public PackPages(Database database, OrderProcess process, Erp erp, ShippingDocuments documents,
            ShippingConfirmations confirmations, Clock clock) {
        this(database, process, erp, () -> documents, confirmations, clock);
    }

    /** {@code documents} gives null while the documents bundle is not running: the PDFs answer 503 then. */
    public PackPages(Database database, OrderProcess process, Erp erp,
            java.util.function.Supplier<ShippingDocuments> documents, ShippingConfirmations confirmations,
            Clock clock) {
        this.database = database;
        this.process = process;
        this.erp = erp;
        this.documents = documents;
        this.confirmations = confirmations;
        this.clock = clock;
        this.store = new PackStore(process);
        this.waves = new Waves(erp);
    }

    @Override
    public String namespace() {
        return "pack";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/pack", Role.CLERK, req -> list(req, 200, null, null)),
                WebRoute.get("/pack/find", Role.CLERK, this::find),
                WebRoute.get(SHIPMENT, Role.CLERK, this::shipment),
                WebRoute.post(SHIPMENT, Role.CLERK, this::parcels),
                WebRoute.get(SHIPMENT + "/label\\.pdf", Role.CLERK, this::label),
                WebRoute.get(SHIPMENT + "/delivery-note\\.pdf", Role.CLERK, this::deliveryNote),
                WebRoute.post("/pack/waves", Role.CLERK, this::startWave),
                WebRoute.get(WAVE, Role.CLERK, this::wave),
                WebRoute.get(WAVE + "/picking-list\\.pdf", Role.CLERK, this::pickingList));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Pack", "/pack", Role.CLERK, 40));
    }

    private void list(WebRequest req, int status, String error, String scanned) throws IOException {
        Map<String, Object> model = new HashMap<>();
        Instant now = clock.instant();
        database.inTransaction(tx -> {
            List<PackShipment> open = store.open(tx);
            model.put("open", open);
            model.put("withoutWave", open.stream().filter(s -> s.waveNo() == null).count());
            model.put("overdue", open.stream().filter(s -> s.overdue(now)).map(PackShipment::shipmentId).toList());
            model.put("waves", waves.recent(tx, 10));
            return null;
        });
        model.put("now", now);
        model.put("scanned", scanned == null ? "" : scanned);
        if (error != null) {
            model.put("error", error);
        }
        req.render(status, "pack/list.ftlh", model);
    }

    /** The scan field: a shipment reference, the channel's order id or Catura's order number. */
    private void find(WebRequest req) throws IOException {
        String q = req.param("q");
        if (q == null) {
            list(req, 400, "Scan or type a shipment reference (CAT-…) or an order id.", null);
            return;
        }
        Object found = database.inTransaction(tx -> {
            List<PackShipment> open = store.open(tx);
            OptionalInt ref = ShippingReferences.shipmentId(q);
            for (PackShipment s : open) {
                if ((ref.isPresent() && s.shipmentId() == ref.getAsInt()) || q.equalsIgnoreCase(s.orderReference())
                        || q.equals(Long.toString(s.orderId()))) {
                    return s.shipmentId();
                }
            }
            if (ref.isPresent()) {
                Optional<Instant> confirmed = store.confirmedAt(tx, ref.getAsInt());
                if (confirmed.isPresent()) {
                    return q + " is packed already: its parcels were recorded at " + confirmed.get() + ".";
                }
            }
            return "No open in-house shipment for '" + q + "'. It may go to another carrier, be packed "
                    + "already, or not be transmitted to the pack page yet; the order page says where it stands.";
        });
        if (found instanceof Integer id) {
            req.redirect(req.base() + "/pack/shipments/" + id, null);
        } else {
            list(req, 404, (String) found, q);
        }
    }

    private void shipment(WebRequest req) throws IOException {
        int count = ParcelForm.count(req.param("parcels"));
        show(req, 200, slip(req), ParcelForm.blank(count), null);
    }

    /** Adds or removes a parcel row (keeping what was typed), or records the parcels. */
    private void parcels(WebRequest req) throws IOException {
        PackSlip slip = slip(req);
        int count = ParcelForm.count(req.param("parcels"));
        String action = req.param("action") == null ? "record" : req.param("action");
        if (action.equals("add") || action.equals("remove")) {
            int next = action.equals("add") ? Math.min(ParcelForm.MAX_PARCELS, count + 1) : Math.max(1, count - 1);
            ParcelForm f = ParcelForm.read(next, slip, req::param);
            f.errors.clear();
            show(req, 200, slip, f, null);
            return;
        }
        if (!action.equals("record")) {
            throw HttpError.badRequest("Unknown action '" + action + "'.");
        }
        ParcelForm f = ParcelForm.read(count, slip, req::param);
        if (!f.errors.isEmpty()) {
            show(req, 422, slip, f, null);
            return;
        }
        PackShipment s = slip.shipment();
        CarrierConfirmation confirmation = new CarrierConfirmation(s.carrier(), s.reference(), s.orderReference(),
                clock.instant(), f.parcels(), ConfirmationSource.PACK_PAGE,
                "pack page, " + req.user().username(), f.asJson(json).getBytes(StandardCharsets.UTF_8));
        ConfirmationResult result = database.inTransaction(tx -> confirmations.record(tx, confirmation));
        switch (result.outcome()) {
            case RECORDED, UPDATED -> req.redirect(req.base() + "/pack", s.reference() + " (order "
                    + s.orderReference() + "): " + f.parcels().size() + " parcel" + (f.parcels().size() == 1 ? "" : "s")
                    + " recorded. " + nz(result.message()));
            case DUPLICATE -> show(req, 409, slip, f, "Nothing changed: " + nz(result.message()));
            case REJECTED -> show(req, 422, slip, f, "Not recorded: " + nz(result.message()));
        }
    }

    private void label(WebRequest req) throws IOException {
        int parcelCount = ParcelForm.count(req.param("of"));
        int parcelNo = ParcelForm.count(req.param("parcel"));
        if (parcelNo > parcelCount) {
            throw HttpError.badRequest("Parcel " + parcelNo + " of " + parcelCount + " does not exist.");
        }
        BigDecimal kg = weight(req.param("weight"));
        byte[] pdf = database.inTransaction(tx -> {
            PackSlip slip = slip(tx, req);
            return documents().shippingLabel(slip.label(PackSlip.sender(tx, erp), parcelNo, parcelCount, kg));
        });
        req.download(PDF, "label-" + reference(req) + "-" + parcelNo + ".pdf", pdf, true);
    }

    private ShippingDocuments documents() {
        ShippingDocuments d = documents.get();
        if (d == null) {
            throw new HttpError(503, "PDFs are made by the bundle org.catura.documents, which is not running here;"
                    + " start it (or install it) and try again.");
        }
        return d;
    }

    private void deliveryNote(WebRequest req) throws IOException {
        byte[] pdf = database.inTransaction(tx -> documents().deliveryNote(slip(tx, req)
                .deliveryNote(PackSlip.sender(tx, erp))));
        req.download(PDF, "delivery-note-" + reference(req) + ".pdf", pdf, true);
    }

    private void startWave(WebRequest req) throws IOException {
        Optional<Waves.Wave> wave = database.inTransaction(tx -> waves.start(tx, req.user().username(),
                clock.instant()));
        if (wave.isEmpty()) {
            req.redirect(req.base() + "/pack", "Every open shipment is in a wave already; no new wave started.");
            return;
        }
        Waves.Wave w = wave.get();
        req.redirect(req.base() + "/pack/waves/" + w.id(), "Wave " + w.waveNo() + " started with "
                + w.shipmentIds().size() + " shipment" + (w.shipmentIds().size() == 1 ? "" : "s")
                + "; print its picking list.");
    }

    private void wave(WebRequest req) throws IOException {
        long id = req.pathId(1);
        Map<String, Object> model = new HashMap<>();
        database.inTransaction(tx -> {
            Waves.Wave w = waves.get(tx, id).orElseThrow(() -> HttpError.notFound("Wave " + id));
            model.put("wave", w);
            List<PackShipment> members = w.shipmentIds().stream().map(sid -> store.get(tx, sid))
                    .flatMap(Optional::stream).toList();
            model.put("members", members);
            Map<String, Object> confirmed = new HashMap<>();
            for (PackShipment m : members) {
                store.confirmedAt(tx, m.shipmentId()).ifPresent(at -> confirmed.put(Integer.toString(m.shipmentId()), at));
            }
            model.put("confirmed", confirmed);
            return null;
        });
        req.render("pack/wave.ftlh", model);
    }

    private void pickingList(WebRequest req) throws IOException {
        long id = req.pathId(1);
        Map<String, Object> out = new HashMap<>();
        byte[] pdf = database.inTransaction(tx -> {
            Waves.Wave w = waves.get(tx, id).orElseThrow(() -> HttpError.notFound("Wave " + id));
            out.put("no", w.waveNo());
            return documents().pickingList(waves.pickingList(tx, w));
        });
        req.download(PDF, "picking-list-" + out.get("no") + ".pdf", pdf, true);
    }

    private void show(WebRequest req, int status, PackSlip slip, ParcelForm form, String outcome) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("slip", slip);
        model.put("s", slip.shipment());
        model.put("count", form.count);
        model.put("typed", form.typed);
        model.put("errors", form.errors);
        model.put("overdue", slip.shipment().overdue(clock.instant()));
        if (outcome != null) {
            model.put("outcome", outcome);
        }
        req.render(status, "pack/shipment.ftlh", model);
    }

    private PackSlip slip(WebRequest req) {
        return database.inTransaction(tx -> slip(tx, req));
    }

    /** An open in-house shipment; a packed one or one for another carrier is not packed here. */
    private PackSlip slip(org.catura.core.api.db.Tx tx, WebRequest req) {
        long raw = req.pathId(1);
        if (raw > Integer.MAX_VALUE) {
            throw HttpError.notFound("Shipment " + raw);
        }
        int id = (int) raw;
        PackShipment s = store.get(tx, id).orElseThrow(() -> HttpError.notFound(
                "An in-house shipment " + ShippingReferences.of(Math.max(1, id))));
        Optional<Instant> confirmed = store.confirmedAt(tx, id);
        if (confirmed.isPresent()) {
            throw new HttpError(409, s.reference() + " is packed already: its parcels were recorded at "
                    + confirmed.get() + ".");
        }
        return PackSlip.load(tx, erp, process, s);
    }

    private static String reference(WebRequest req) {
        return ShippingReferences.of((int) Math.max(1, Math.min(Integer.MAX_VALUE, req.pathId(1))));
    }

    private static BigDecimal weight(String v) {
        if (v == null) {
            return null;
        }
        try {
            BigDecimal kg = new BigDecimal(v.replace(',', '.'));
            if (kg.signum() <= 0) {
                throw HttpError.badRequest("A parcel's weight is above 0 kg, was " + v + ".");
            }
            return kg;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("The weight must be a number of kg like 1.5, was '" + v + "'.");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}

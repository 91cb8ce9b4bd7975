package org.catura.shipping.internal.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Warehouse;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.internal.choice.RuleConditions;
import org.catura.shipping.internal.pages.CarrierStore.Table;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRequest;
import org.catura.webui.api.extension.WebRoute;

/**
 * The carrier configuration pages: carriers with their services and rates, the zones and the
 * priority rules the matrix weighs. Everyone signed in may look (a clerk asks why an order went to
 * a carrier); only an admin changes them, as an admin changes release rules and channel settings.
 * Every post is checked in full before anything is stored, and stored in one transaction; nothing
 * is deleted but rates: carriers, services, zones and rules are deactivated.
 */
public class CarrierPages implements WebExtension {

    static final Role VIEW = Role.CLERK;
    static final Role EDIT = Role.ADMIN;

    private static final String CARRIER = "/carriers/(\\d+)";
    private static final String SERVICE = CARRIER + "/services/(\\d+)";

    private final Database database;
    private final Erp erp;
    private final Secrets secrets;
    private final CarrierStore store;
    private final RuleConditions conditions = new RuleConditions();

    public CarrierPages(Database database, Erp erp, Secrets secrets) {
        this.database = database;
        this.erp = erp;
        this.secrets = secrets;
        this.store = new CarrierStore(erp.recordIds());
    }

    @Override
    public String namespace() {
        return "carriers";
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/carriers", VIEW, this::list),
                WebRoute.get("/carriers/new", EDIT, req -> carrierPage(req, 0, null, 200)),
                WebRoute.post("/carriers/new", EDIT, req -> saveCarrier(req, 0)),
                WebRoute.get(CARRIER, VIEW, req -> carrierPage(req, req.pathId(1), null, 200)),
                WebRoute.post(CARRIER, EDIT, req -> saveCarrier(req, req.pathId(1))),
                WebRoute.get(CARRIER + "/services/new", EDIT, req -> servicePage(req, req.pathId(1), 0, null, 200)),
                WebRoute.post(CARRIER + "/services/new", EDIT, req -> saveService(req, req.pathId(1), 0)),
                WebRoute.get(SERVICE, VIEW, req -> servicePage(req, req.pathId(1), req.pathId(2), null, 200)),
                WebRoute.post(SERVICE, EDIT, req -> saveService(req, req.pathId(1), req.pathId(2))),
                WebRoute.post(SERVICE + "/rates", EDIT, this::addRate),
                WebRoute.post(SERVICE + "/rates/(\\d+)/remove", EDIT, this::removeRate),
                WebRoute.get("/carriers/zones", VIEW, req -> list(req, "zones")),
                WebRoute.get("/carriers/zones/new", EDIT, req -> recordPage(req, Table.CAT_ShippingZone, 0, null, 200)),
                WebRoute.post("/carriers/zones/new", EDIT, req -> saveRecord(req, Table.CAT_ShippingZone, 0)),
                WebRoute.get("/carriers/zones/(\\d+)", VIEW,
                        req -> recordPage(req, Table.CAT_ShippingZone, req.pathId(1), null, 200)),
                WebRoute.post("/carriers/zones/(\\d+)", EDIT,
                        req -> saveRecord(req, Table.CAT_ShippingZone, req.pathId(1))),
                WebRoute.get("/carriers/rules", VIEW, req -> list(req, "rules")),
                WebRoute.get("/carriers/rules/new", EDIT, req -> recordPage(req, Table.CAT_ShippingRule, 0, null, 200)),
                WebRoute.post("/carriers/rules/new", EDIT, req -> saveRecord(req, Table.CAT_ShippingRule, 0)),
                WebRoute.get("/carriers/rules/(\\d+)", VIEW,
                        req -> recordPage(req, Table.CAT_ShippingRule, req.pathId(1), null, 200)),
                WebRoute.post("/carriers/rules/(\\d+)", EDIT,
                        req -> saveRecord(req, Table.CAT_ShippingRule, req.pathId(1))));
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Carriers", "/carriers", VIEW, 75));
    }

    private void list(WebRequest req) throws IOException {
        list(req, "all");
    }

    /** {@code focus}: all (carriers, zones, rules), or only the zones or the rules. */
    private void list(WebRequest req, String focus) throws IOException {
        Map<String, Object> model = new HashMap<>();
        database.inTransaction(tx -> {
            model.put("carriers", store.carriers(tx));
            model.put("warehouses", warehouses(tx));
            model.put("zones", store.zones(tx));
            model.put("rules", store.rules(tx));
            return null;
        });
        model.put("focus", focus);
        model.put("canEdit", req.can(EDIT));
        req.render("carriers/list.ftlh", model);
    }

    // --- carriers

    private void carrierPage(WebRequest req, long id, Form typed, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        database.inTransaction(tx -> {
            Map<String, String> warehouses = warehouses(tx);
            Map<String, Object> row = id == 0 ? newCarrier(warehouses) : carrier(tx, id);
            Form form = typed != null ? typed : Form.of(Sheets.carrier(warehouses), row);
            model.put("c", row);
            model.put("groups", carrierGroups(form));
            model.put("services", id == 0 ? List.of() : store.services(tx, id));
            return null;
        });
        show(req, status, "carriers/carrier.ftlh", model, typed);
    }

    private static Map<String, Object> newCarrier(Map<String, String> warehouses) {
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.put("CAT_Carrier_ID", 0);
        row.put("IsActive", "Y");
        row.put("CarrierKind", "PARCEL");
        row.put("M_Warehouse_ID", warehouses.isEmpty() ? null : warehouses.keySet().iterator().next());
        row.put("TransmissionChannel", "PACK_PAGE");
        row.put("ReturnChannel", "PACK_PAGE");
        row.put("ConfirmWithinHours", 24);
        row.put("WorkDays", "12345");
        row.put("WorkDayStart", "08:00");
        row.put("WorkDayEnd", "18:00");
        row.put("TimeZone", "Europe/Berlin");
        return row;
    }

    /** The carrier's fields in the sections the page shows, by the column each section starts with. */
    private static List<Map<String, Object>> carrierGroups(Form form) {
        Map<String, String> starts = new LinkedHashMap<>();
        starts.put("Value", "Carrier");
        starts.put("TransmissionChannel", "Transmission");
        starts.put("ReturnChannel", "Return channel");
        starts.put("ConfirmWithinHours", "Watchdog");
        return groups(form, starts);
    }

    private static List<Map<String, Object>> groups(Form form, Map<String, String> starts) {
        List<Map<String, Object>> groups = new ArrayList<>();
        List<FieldRow> current = null;
        for (FieldRow r : form.rows()) {
            if (starts.containsKey(r.name())) {
                current = new ArrayList<>();
                groups.add(Map.of("title", starts.get(r.name()), "rows", current));
            }
            current.add(r);
        }
        return groups;
    }

    private Map<String, Object> carrier(Tx tx, long id) {
        return store.get(tx, Table.CAT_Carrier, id).orElseThrow(() -> HttpError.notFound("Carrier " + id));
    }

    private void saveCarrier(WebRequest req, long id) throws IOException {
        Object outcome = database.inTransaction(tx -> {
            Map<String, Object> row = id == 0 ? Map.of() : carrier(tx, id);
            Map<String, Boolean> stored = new HashMap<>();
            Sheets.SECRETS.forEach(s -> stored.put(s, row.get(s) != null && !row.get(s).toString().isBlank()));
            Form form = Form.read(Sheets.carrier(warehouses(tx)), req::param, req::raw, stored, secrets::seal);
            Sheets.checkCarrier(form);
            form.value("Value").filter(v -> store.taken(tx, Table.CAT_Carrier, "Value", v, null, null, id))
                    .ifPresent(v -> form.error("Value", "Another carrier has the search key '" + v + "' already."));
            if (!form.valid()) {
                return form;
            }
            if (id == 0) {
                return (long) store.insert(tx, Table.CAT_Carrier, form.values(), who(req));
            }
            store.update(tx, Table.CAT_Carrier, id, form.values(), who(req));
            return id;
        });
        if (outcome instanceof Form form) {
            carrierPage(req, id, form, 422);
        } else {
            req.redirect(req.base() + "/carriers/" + outcome, "Carrier " + req.param("Value") + " saved.");
        }
    }

    // --- services and their rates

    private void servicePage(WebRequest req, long carrierId, long id, Form typed, int status) throws IOException {
        servicePage(req, carrierId, id, typed, null, status);
    }

    private void servicePage(WebRequest req, long carrierId, long id, Form typed, Form rate, int status)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        database.inTransaction(tx -> {
            model.put("c", carrier(tx, carrierId));
            Map<String, String> currencies = store.currencies(tx);
            Map<String, Object> row = id == 0 ? newService(currencies) : service(tx, carrierId, id);
            Form form = typed != null ? typed : Form.of(Sheets.service(currencies), row);
            model.put("s", row);
            model.put("groups", groups(form, Map.of("Value", "Service", "MaxWeight", "Limits, surcharges, cut-off")));
            if (id != 0) {
                Map<String, String> zones = store.zoneChoices(tx);
                model.put("rates", store.rates(tx, id));
                Map<String, Object> blank = new HashMap<>();
                blank.put("TransitDays", 1);
                model.put("rate", (rate != null ? rate : Form.of(Sheets.rate(zones), blank)).byColumn());
                model.put("zoneCount", zones.size());
            }
            return null;
        });
        show(req, status, "carriers/service.ftlh", model, rate != null && !rate.valid() ? rate : typed);
    }

    private static Map<String, Object> newService(Map<String, String> currencies) {
        Map<String, Object> row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.put("CAT_ShippingService_ID", 0);
        row.put("IsActive", "Y");
        row.put("ServiceLevel", "STANDARD");
        row.put("CODSurcharge", 0);
        row.put("BulkySurcharge", 0);
        row.put("IslandSurcharge", 0);
        currencies.entrySet().stream().filter(e -> e.getValue().equals("EUR")).findFirst()
                .ifPresent(e -> row.put("C_Currency_ID", e.getKey()));
        return row;
    }

    private Map<String, Object> service(Tx tx, long carrierId, long id) {
        return store.get(tx, Table.CAT_ShippingService, id)
                .filter(s -> ((Number) s.get("CAT_Carrier_ID")).longValue() == carrierId)
                .orElseThrow(() -> HttpError.notFound("Service " + id + " of carrier " + carrierId));
    }

    private void saveService(WebRequest req, long carrierId, long id) throws IOException {
        Object outcome = database.inTransaction(tx -> {
            carrier(tx, carrierId);
            if (id != 0) {
                service(tx, carrierId, id);
            }
            Form form = Form.read(Sheets.service(store.currencies(tx)), req::param, req::raw, Map.of(), secrets::seal);
            form.value("Value").filter(v -> store.taken(tx, Table.CAT_ShippingService, "Value", v, "CAT_Carrier_ID",
                    carrierId, id)).ifPresent(v -> form.error("Value", "This carrier has a service '" + v + "' already."));
            if (!form.valid()) {
                return form;
            }
            Map<String, Object> values = form.values();
            if (id == 0) {
                values.put("CAT_Carrier_ID", carrierId);
                return (long) store.insert(tx, Table.CAT_ShippingService, values, who(req));
            }
            store.update(tx, Table.CAT_ShippingService, id, values, who(req));
            return id;
        });
        if (outcome instanceof Form form) {
            servicePage(req, carrierId, id, form, 422);
        } else {
            req.redirect(req.base() + "/carriers/" + carrierId + "/services/" + outcome,
                    "Service " + req.param("Value") + " saved.");
        }
    }

    private void addRate(WebRequest req) throws IOException {
        long carrierId = req.pathId(1);
        long serviceId = req.pathId(2);
        Form outcome = database.inTransaction(tx -> {
            service(tx, carrierId, serviceId);
            Form form = Form.read(Sheets.rate(store.zoneChoices(tx)), req::param, req::raw, Map.of(), secrets::seal);
            if (form.valid()) {
                Object zone = form.value("CAT_ShippingZone_ID").orElseThrow();
                Object weight = form.value("MaxWeight").orElseThrow();
                boolean taken = Sql.one(tx, """
                        SELECT 1 FROM CAT_ShippingRate WHERE CAT_ShippingService_ID = ? AND CAT_ShippingZone_ID = ?
                           AND MaxWeight = ?""", rs -> true, serviceId, zone, weight).isPresent();
                if (taken) {
                    form.error("MaxWeight", "This service has a rate for this zone up to " + weight + " kg already;"
                            + " remove it first to change it.");
                }
            }
            if (!form.valid()) {
                return form;
            }
            Map<String, Object> values = form.values();
            values.put("CAT_ShippingService_ID", serviceId);
            store.insert(tx, Table.CAT_ShippingRate, values, who(req));
            return null;
        });
        if (outcome != null) {
            servicePage(req, carrierId, serviceId, null, outcome, 422);
        } else {
            req.redirect(req.base() + "/carriers/" + carrierId + "/services/" + serviceId + "#rates", "Rate added.");
        }
    }

    private void removeRate(WebRequest req) throws IOException {
        long carrierId = req.pathId(1);
        long serviceId = req.pathId(2);
        long rateId = req.pathId(3);
        database.inTransaction(tx -> {
            service(tx, carrierId, serviceId);
            if (!store.deleteRate(tx, serviceId, rateId)) {
                throw HttpError.notFound("Rate " + rateId + " of service " + serviceId);
            }
            return null;
        });
        req.redirect(req.base() + "/carriers/" + carrierId + "/services/" + serviceId + "#rates", "Rate removed.");
    }

    // --- zones and rules

    private List<Field> fields(Table table) {
        return table == Table.CAT_ShippingZone ? Sheets.zone() : Sheets.rule(conditions::problem);
    }

    private static String path(Table table) {
        return table == Table.CAT_ShippingZone ? "zones" : "rules";
    }

    private void recordPage(WebRequest req, Table table, long id, Form typed, int status) throws IOException {
        Map<String, Object> model = new HashMap<>();
        database.inTransaction(tx -> {
            Map<String, Object> row;
            if (id == 0) {
                row = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                row.put("IsActive", "Y");
                row.put("SeqNo", nextSeqNo(tx, table));
                row.put("ShippingAction", "ONLY_LEVELS");
            } else {
                row = store.get(tx, table, id).orElseThrow(() -> HttpError.notFound(
                        (table == Table.CAT_ShippingZone ? "Zone " : "Rule ") + id));
            }
            Form form = typed != null ? typed : Form.of(fields(table), row);
            model.put("r", row);
            model.put("id", id);
            model.put("kind", table == Table.CAT_ShippingZone ? "zone" : "rule");
            model.put("path", path(table));
            model.put("groups", List.of(Map.of("title", table == Table.CAT_ShippingZone ? "Zone" : "Priority rule",
                    "rows", form.rows())));
            return null;
        });
        show(req, status, "carriers/record.ftlh", model, typed);
    }

    private static int nextSeqNo(Tx tx, Table table) {
        return Sql.one(tx, "SELECT COALESCE(max(SeqNo), 0) + 10 FROM " + table
                + " WHERE AD_Client_ID = ?", rs -> rs.getInt(1), tx.clientId()).orElse(10);
    }

    private void saveRecord(WebRequest req, Table table, long id) throws IOException {
        String key = table == Table.CAT_ShippingZone ? "Value" : "Name";
        Object outcome = database.inTransaction(tx -> {
            if (id != 0 && store.get(tx, table, id).isEmpty()) {
                throw HttpError.notFound((table == Table.CAT_ShippingZone ? "Zone " : "Rule ") + id);
            }
            Form form = Form.read(fields(table), req::param, req::raw, Map.of(), secrets::seal);
            if (table == Table.CAT_ShippingRule) {
                Sheets.checkRule(form);
            }
            form.value(key).filter(v -> store.taken(tx, table, key, v, null, null, id)).ifPresent(v -> form.error(key,
                    "Another " + (table == Table.CAT_ShippingZone ? "zone has the search key" : "rule has the name")
                            + " '" + v + "' already."));
            if (!form.valid()) {
                return form;
            }
            if (id == 0) {
                return (long) store.insert(tx, table, form.values(), who(req));
            }
            store.update(tx, table, id, form.values(), who(req));
            return id;
        });
        if (outcome instanceof Form form) {
            recordPage(req, table, id, form, 422);
        } else {
            req.redirect(req.base() + "/carriers/" + path(table),
                    (table == Table.CAT_ShippingZone ? "Zone " : "Rule ") + req.param(key) + " saved.");
        }
    }

    // --- common

    private void show(WebRequest req, int status, String template, Map<String, Object> model, Form typed)
            throws IOException {
        model.put("canEdit", req.can(EDIT));
        if (typed != null && !typed.valid()) {
            int n = typed.errors().size();
            model.put("error", "Nothing was saved: " + n + " field" + (n == 1 ? " needs" : "s need")
                    + " correcting, see below.");
        }
        req.render(status, template, model);
    }

    /** M_Warehouse_ID → name, from the ERP. */
    private Map<String, String> warehouses(Tx tx) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Warehouse w : erp.products().warehouses(tx)) {
            m.put(Integer.toString(w.id()), w.name() + " (" + w.value() + ")");
        }
        return m;
    }

    private static String who(WebRequest req) {
        String name = req.user().username();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}

package org.catura.shipping.internal.catalogue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.catura.core.api.erp.Warehouse;
import org.catura.shipping.api.CarrierKind;
import org.catura.shipping.internal.catalogue.Document.CarrierRow;
import org.catura.shipping.internal.catalogue.Document.RateRow;
import org.catura.shipping.internal.catalogue.Document.Return;
import org.catura.shipping.internal.catalogue.Document.RuleRow;
import org.catura.shipping.internal.catalogue.Document.ServiceRow;
import org.catura.shipping.internal.catalogue.Document.Transmission;
import org.catura.shipping.internal.catalogue.Document.Watchdog;
import org.catura.shipping.internal.catalogue.Document.ZoneRow;
import org.catura.shipping.internal.choice.RuleConditions;
import org.catura.shipping.internal.matrix.PriorityRule;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.transmission.TransmissionChannel;
import org.catura.shipping.internal.transmission.TransmissionFormat;

/**
 * Checks a whole catalogue document against itself and the tenant, collecting every problem
 * with its path; gives the {@link Document} only when there is none. Column lengths are those of
 * migration shipping/V1.
 */
final class CatalogueReader {

    static final Set<String> TOP = ordered("zones", "carriers", "rules");
    static final Set<String> ZONE = ordered("value", "name", "seqNo", "countries", "postalCodes", "island", "active");
    static final Set<String> CARRIER = ordered("value", "name", "kind", "warehouse", "description",
            "amazonCarrierCode", "amazonCarrierName", "trackingUrl", "trackingNoPattern", "active", "transmission",
            "return", "watchdog", "services");
    static final Set<String> TRANSMISSION = ordered("channel", "format", "template", "host", "port", "path", "user",
            "secret", "hostKey", "email", "apiKey", "accountNo");
    static final Set<String> RETURN = ordered("channel", "host", "port", "path", "user", "secret", "hostKey");
    static final Set<String> WATCHDOG = ordered("confirmWithinHours", "workDays", "workDayStart", "workDayEnd",
            "cutOff", "timeZone");
    static final Set<String> SERVICE = ordered("value", "name", "carrierProduct", "serviceLevel", "maxWeightKg",
            "maxLengthCm", "maxWidthCm", "maxHeightCm", "maxGirthCm", "cod", "signature", "idCheck", "ageCheck",
            "currency", "codSurcharge", "bulkyLengthCm", "bulkySurcharge", "islandSurcharge", "cutOff", "active",
            "rates");
    static final Set<String> RATE = ordered("zone", "maxWeightKg", "price", "transitDays");
    static final Set<String> RULE = ordered("seqNo", "name", "condition", "action", "value", "reason", "active");

    static final List<String> KINDS = Arrays.stream(CarrierKind.values()).map(Enum::name).toList();
    static final List<String> CHANNELS = Arrays.stream(TransmissionChannel.values()).map(Enum::name).toList();
    static final List<String> FORMATS = Arrays.stream(TransmissionFormat.values()).map(Enum::name).toList();
    /** CAT_Carrier.ReturnChannel's check constraint. */
    static final List<String> RETURN_CHANNELS = List.of("PACK_PAGE", "API", "IMAP", "SFTP", "FTP", "FOLDER",
            "HTTP_CALLBACK");
    static final List<String> LEVELS = Arrays.stream(ServiceLevel.values()).map(Enum::name).toList();
    static final List<String> ACTIONS = Arrays.stream(PriorityRule.Action.values()).map(Enum::name).toList();

    /** A search key: it names the carrier in URLs (callbacks) and file transfer destinations. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern POSTAL = Pattern.compile("[0-9A-Z]{1,10}");
    private static final Pattern WORK_DAYS = Pattern.compile("[1-7]{1,7}");
    private static final int SECRET_LENGTH = 1000;

    private final Tenant tenant;
    private final Function<String, Optional<Integer>> currencies;
    private final RuleConditions conditions;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> currencyIds = new HashMap<>();
    /** The carrier keys of the document, of broken rows too, so a rule naming one is not blamed for them. */
    private final Set<String> documentCarriers = new HashSet<>();

    CatalogueReader(Tenant tenant, Function<String, Optional<Integer>> currencies, RuleConditions conditions) {
        this.tenant = tenant;
        this.currencies = currencies;
        this.conditions = conditions;
    }

    List<String> problems() {
        return problems;
    }

    /** What is stored as written but will not work yet (a secret missing). */
    List<String> warnings() {
        return warnings;
    }

    /** The document when it has no problem; otherwise empty, and {@link #problems()} says why. */
    Optional<Document> read(Fields root) {
        root.allow(TOP);
        List<ZoneRow> zones = new ArrayList<>();
        Map<String, String> zonePaths = new HashMap<>();
        for (Fields z : root.array("zones", false)) {
            ZoneRow row = zone(z, zonePaths);
            if (row != null) {
                zones.add(row);
            }
        }
        Set<String> zoneKeys = new HashSet<>(tenant.zones().keySet());
        zonePaths.keySet().forEach(zoneKeys::add);

        List<CarrierRow> carriers = new ArrayList<>();
        Map<String, String> carrierPaths = new HashMap<>();
        for (Fields c : root.array("carriers", false)) {
            CarrierRow row = carrier(c, zoneKeys, carrierPaths);
            if (row != null) {
                carriers.add(row);
            }
        }

        documentCarriers.addAll(carrierPaths.keySet());
        List<RuleRow> rules = new ArrayList<>();
        Map<String, String> rulePaths = new HashMap<>();
        for (Fields r : root.array("rules", false)) {
            RuleRow row = rule(r, carriers, rulePaths);
            if (row != null) {
                rules.add(row);
            }
        }
        return problems.isEmpty() ? Optional.of(new Document(zones, carriers, rules)) : Optional.empty();
    }

    /** The key once in its list; checked before the rest of the row, so a broken row's key still counts. */
    private static String unique(Fields f, String field, String value, Map<String, String> seen) {
        if (value != null) {
            String before = seen.putIfAbsent(Tenant.key(value), f.path());
            if (before != null) {
                f.problem(field, "'" + value + "' appears twice (also " + before + ")");
            }
        }
        return value;
    }

    private ZoneRow zone(Fields z, Map<String, String> seen) {
        int before = problems.size();
        z.allow(ZONE);
        String value = unique(z, "value", key(z, "value"), seen);
        String name = z.text("name", 60, true);
        Integer seqNo = z.integer("seqNo", 0, Integer.MAX_VALUE, true);
        List<String> countries = z.texts("countries", true);
        List<String> upper = new ArrayList<>();
        if (countries != null) {
            if (countries.isEmpty()) {
                z.problem("countries", "needs at least one country (ISO 3166 code such as DE)");
            }
            for (String c : countries) {
                String code = c.toUpperCase(Locale.ROOT);
                if (!COUNTRY.matcher(code).matches()) {
                    z.problem("countries", "'" + c + "' is no two-letter country code (ISO 3166, e.g. DE, AT)");
                } else if (!upper.contains(code)) {
                    upper.add(code);
                }
            }
            if (String.join(",", upper).length() > 2000) {
                z.problem("countries", "too many countries for CountryCodes (2000 characters)");
            }
        }
        String postalCodes = postalCodes(z);
        boolean island = z.bool("island", false);
        boolean active = z.bool("active", true);
        return problems.size() > before ? null : new ZoneRow(z.path(), value, name, seqNo, upper, postalCodes, island,
                active);
    }

    /** As the matrix's Zone reads them: comma separated prefixes ({@code 259}) or ranges of one length ({@code 25980-25999}). */
    private static String postalCodes(Fields z) {
        String s = z.text("postalCodes", 2000, false);
        if (s == null) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        for (String raw : s.split(",")) {
            String e = raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            int dash = e.indexOf('-');
            if (dash < 0) {
                if (!POSTAL.matcher(e).matches()) {
                    z.problem("postalCodes", "'" + raw.strip() + "' is no postal code prefix (letters and digits)");
                }
            } else {
                String from = e.substring(0, dash);
                String to = e.substring(dash + 1);
                if (!POSTAL.matcher(from).matches() || !POSTAL.matcher(to).matches()) {
                    z.problem("postalCodes", "'" + raw.strip() + "' is no range such as 25980-25999");
                } else if (from.length() != to.length()) {
                    z.problem("postalCodes", "'" + raw.strip() + "': both ends of a range need the same length");
                } else if (from.compareTo(to) > 0) {
                    z.problem("postalCodes", "'" + raw.strip() + "': the range ends before it starts");
                }
            }
            entries.add(e);
        }
        return entries.isEmpty() ? null : String.join(",", entries);
    }

    private CarrierRow carrier(Fields c, Set<String> zoneKeys, Map<String, String> seen) {
        int before = problems.size();
        c.allow(CARRIER);
        String value = unique(c, "value", key(c, "value"), seen);
        String name = c.text("name", 60, true);
        String kindName = c.oneOf("kind", KINDS, null);
        CarrierKind kind = kindName == null ? null : CarrierKind.valueOf(kindName);
        int warehouseId = warehouse(c);
        String description = c.text("description", 255, false);
        String amazonCode = c.text("amazonCarrierCode", 60, false);
        String amazonName = c.text("amazonCarrierName", 60, false);
        String trackingUrl = c.text("trackingUrl", 500, false);
        if (trackingUrl != null && !trackingUrl.contains("{trackingNo}")) {
            c.problem("trackingUrl", "'" + trackingUrl + "' has no {trackingNo} where the tracking number goes");
        }
        String pattern = c.text("trackingNoPattern", 200, false);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                c.problem("trackingNoPattern", "'" + pattern + "' is no regular expression: " + e.getDescription());
            }
        }
        boolean active = c.bool("active", true);
        Tenant.StoredCarrier stored = value == null ? null : tenant.carriers().get(Tenant.key(value));
        Transmission transmission = transmission(c.object("transmission"), stored);
        Return returns = returns(c.object("return"), stored);
        Watchdog watchdog = watchdog(c.object("watchdog"));
        List<ServiceRow> services = new ArrayList<>();
        Map<String, String> servicePaths = new HashMap<>();
        for (Fields s : c.array("services", false)) {
            ServiceRow row = service(s, zoneKeys, servicePaths);
            if (row != null) {
                services.add(row);
            }
        }
        return problems.size() > before ? null : new CarrierRow(c.path(), value, name, kind, warehouseId, description,
                amazonCode, amazonName, trackingUrl, pattern, active, transmission, returns, watchdog, services);
    }

    /** By search key (Value), then by name, as the ERP lists its warehouses; the id as digits also serves. */
    private int warehouse(Fields c) {
        String w = c.text("warehouse", 60, true);
        if (w == null) {
            return 0;
        }
        Stream<Warehouse> all = tenant.warehouses().stream();
        Optional<Warehouse> found = all.filter(x -> w.equalsIgnoreCase(x.value())).findFirst()
                .or(() -> tenant.warehouses().stream().filter(x -> w.equalsIgnoreCase(x.name())).findFirst())
                .or(() -> tenant.warehouses().stream().filter(x -> w.equals(String.valueOf(x.id()))).findFirst());
        if (found.isEmpty()) {
            c.problem("warehouse", "no warehouse '" + w + "'; the ERP has " + (tenant.warehouses().isEmpty() ? "none"
                    : String.join(", ", tenant.warehouses().stream().map(Warehouse::value).toList())));
            return 0;
        }
        return found.get().id();
    }

    private Transmission transmission(Fields t, Tenant.StoredCarrier stored) {
        t.allow(TRANSMISSION);
        String channel = t.oneOf("channel", CHANNELS, "PACK_PAGE");
        String format = t.oneOf("format", FORMATS, "");
        format = format.isEmpty() ? null : format;
        String template = t.rawText("template", 100_000);
        template = template == null || template.isBlank() ? null : template;
        String host = t.text("host", 255, false);
        Integer port = t.integer("port", 1, 65535, false);
        String path = t.text("path", 500, false);
        String user = t.text("user", 120, false);
        String secret = t.rawText("secret", SECRET_LENGTH);
        String hostKey = t.text("hostKey", 500, false);
        String email = t.text("email", 255, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            t.problem("email", "'" + email + "' is no mail address");
        }
        String apiKey = t.rawText("apiKey", SECRET_LENGTH);
        String accountNo = t.text("accountNo", 40, false);
        TransmissionChannel ch = TransmissionChannel.valueOf(channel);
        if (ch.sendsFile() && format == null) {
            t.problem("format", "is required for channel " + channel + ": one of " + String.join(", ", FORMATS));
        }
        switch (ch) {
            case SFTP, FTP -> needs(t, "host", host, channel);
            case HTTP, FOLDER -> needs(t, "path", path, channel);
            case MAIL -> needs(t, "email", email, channel);
            case DHL_PARCEL_DE -> {
                needs(t, "path", path, channel + " (the orders URL)");
                needs(t, "accountNo", accountNo, channel + " (the billing number)");
                if (user == null) {
                    warnings.add(t.at("user") + ": none given; DHL refuses every shipment until the GKP user is set");
                }
                secretWarning(t, "secret", secret, stored != null && stored.hasSecret(), "the GKP password");
                secretWarning(t, "apiKey", apiKey, stored != null && stored.hasApiKey(), "the dhl-api-key");
            }
            default -> {
            }
        }
        return new Transmission(channel, format, template, host, port, path, user, secret, hostKey, email, apiKey,
                accountNo);
    }

    private void secretWarning(Fields f, String field, String plain, boolean isStored, String what) {
        if (plain == null ? !isStored : plain.isEmpty()) {
            warnings.add(f.at(field) + ": " + what + " is neither in the document nor stored; "
                    + "nothing goes through until it is set");
        }
    }

    private Return returns(Fields r, Tenant.StoredCarrier stored) {
        r.allow(RETURN);
        String channel = r.oneOf("channel", RETURN_CHANNELS, "PACK_PAGE");
        String host = r.text("host", 255, false);
        Integer port = r.integer("port", 1, 65535, false);
        String path = r.text("path", 500, false);
        String user = r.text("user", 120, false);
        String secret = r.rawText("secret", SECRET_LENGTH);
        String hostKey = r.text("hostKey", 500, false);
        switch (channel) {
            case "SFTP", "FTP", "IMAP" -> needs(r, "host", host, channel);
            case "FOLDER" -> needs(r, "path", path, channel);
            case "HTTP_CALLBACK" -> {
                if (secret != null && !secret.isEmpty() && secret.strip().length() < 16) {
                    r.problem("secret", "a callback token needs at least 16 characters");
                }
                if (secret == null ? stored == null || !stored.hasReturnSecret() : secret.isEmpty()) {
                    warnings.add(r.at("secret") + ": no callback token in the document nor stored; every "
                            + "callback is refused (401) until it is set");
                }
            }
            default -> {
            }
        }
        return new Return(channel, host, port, path, user, secret, hostKey);
    }

    private static void needs(Fields f, String field, String value, String what) {
        if (value == null && !f.has(field)) {
            f.problem(field, "is required for channel " + what);
        }
    }

    private static Watchdog watchdog(Fields w) {
        w.allow(WATCHDOG);
        Integer hours = w.integer("confirmWithinHours", 1, 24 * 366, false);
        String days = w.text("workDays", 7, false);
        if (days != null && (!WORK_DAYS.matcher(days).matches() || days.chars().distinct().count() != days.length())) {
            w.problem("workDays", "'" + days + "' is no set of week days as digits 1 (Monday) to 7 (Sunday), "
                    + "each once, e.g. 12345");
            days = null;
        }
        String start = w.time("workDayStart", "08:00");
        String end = w.time("workDayEnd", "18:00", true);
        if (start.compareTo(end) >= 0 && (w.has("workDayStart") || w.has("workDayEnd"))) {
            w.problem("workDayEnd", end + " is not after workDayStart " + start);
        }
        String cutOff = w.time("cutOff", null);
        String zone = w.text("timeZone", 40, false);
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                w.problem("timeZone", "'" + zone + "' is no time zone; use a region name such as Europe/Berlin");
                zone = null;
            }
        }
        return new Watchdog(hours == null ? 24 : hours, days == null ? "12345" : days, start, end, cutOff,
                zone == null ? "Europe/Berlin" : zone);
    }

    private ServiceRow service(Fields s, Set<String> zoneKeys, Map<String, String> seen) {
        int before = problems.size();
        s.allow(SERVICE);
        String value = unique(s, "value", key(s, "value"), seen);
        String name = s.text("name", 60, true);
        String product = s.text("carrierProduct", 40, false);
        String level = s.oneOf("serviceLevel", LEVELS, "STANDARD");
        BigDecimal maxWeight = s.decimal("maxWeightKg", true, true);
        BigDecimal maxLength = s.decimal("maxLengthCm", true, false);
        BigDecimal maxWidth = s.decimal("maxWidthCm", true, false);
        BigDecimal maxHeight = s.decimal("maxHeightCm", true, false);
        BigDecimal maxGirth = s.decimal("maxGirthCm", true, false);
        boolean cod = s.bool("cod", false);
        boolean signature = s.bool("signature", false);
        boolean idCheck = s.bool("idCheck", false);
        boolean ageCheck = s.bool("ageCheck", false);
        String currency = s.text("currency", 3, false);
        int currencyId = 0;
        String iso = currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT);
        Optional<Integer> id = Optional.ofNullable(currencyIds.get(iso)).or(() -> currencies.apply(iso));
        if (id.isEmpty()) {
            s.problem("currency", "'" + iso + "' is no currency of the ERP (ISO 4217 code such as EUR, CHF)");
        } else {
            currencyIds.put(iso, id.get());
            currencyId = id.get();
        }
        BigDecimal codSurcharge = orZero(s.decimal("codSurcharge", false, false));
        BigDecimal bulkyLength = s.decimal("bulkyLengthCm", true, false);
        BigDecimal bulkySurcharge = orZero(s.decimal("bulkySurcharge", false, false));
        BigDecimal islandSurcharge = orZero(s.decimal("islandSurcharge", false, false));
        String cutOff = s.time("cutOff", null);
        boolean active = s.bool("active", true);
        List<RateRow> rates = null;
        if (s.has("rates")) {
            rates = new ArrayList<>();
            Map<String, String> bands = new HashMap<>();
            for (Fields r : s.array("rates", false)) {
                RateRow rate = rate(r, zoneKeys);
                if (rate != null) {
                    String band = Tenant.key(rate.zone()) + " " + rate.maxWeightKg().stripTrailingZeros().toPlainString();
                    String twice = bands.putIfAbsent(band, r.path());
                    if (twice != null) {
                        r.problem("maxWeightKg", "zone " + rate.zone() + " up to " + rate.maxWeightKg().toPlainString()
                                + " kg appears twice (also " + twice + ")");
                    } else {
                        rates.add(rate);
                    }
                }
            }
        }
        return problems.size() > before ? null : new ServiceRow(s.path(), value, name, product, level, maxWeight,
                maxLength, maxWidth, maxHeight, maxGirth, cod, signature, idCheck, ageCheck, currencyId, codSurcharge,
                bulkyLength, bulkySurcharge, islandSurcharge, cutOff, active, rates);
    }

    private RateRow rate(Fields r, Set<String> zoneKeys) {
        int before = problems.size();
        r.allow(RATE);
        String zone = r.text("zone", 40, true);
        if (zone != null && !zoneKeys.contains(Tenant.key(zone))) {
            r.problem("zone", "no zone '" + zone + "' in the document or the tenant");
        }
        BigDecimal maxWeight = r.decimal("maxWeightKg", true, true);
        BigDecimal price = r.decimal("price", false, true);
        Integer days = r.integer("transitDays", 0, 365, true);
        return problems.size() > before ? null : new RateRow(zone, maxWeight, price, days);
    }

    private RuleRow rule(Fields r, List<CarrierRow> carriers, Map<String, String> seen) {
        int before = problems.size();
        r.allow(RULE);
        Integer seqNo = r.integer("seqNo", 0, Integer.MAX_VALUE, true);
        String name = unique(r, "name", r.text("name", 120, true), seen);
        String condition = r.text("condition", 2000, true);
        if (condition != null) {
            conditions.problem(condition).ifPresent(p -> r.problem("condition", p));
        }
        String action = r.oneOf("action", ACTIONS, null);
        String value = r.text("value", 500, true);
        if (action != null && value != null) {
            actionValues(r, action, value, carriers);
        }
        String reason = r.text("reason", 2000, false);
        boolean active = r.bool("active", true);
        return problems.size() > before ? null : new RuleRow(r.path(), seqNo, name, condition, action, value, reason,
                active);
    }

    /** Each entry of the rule's value names a level, carrier or service that exists (in the document or the tenant). */
    private void actionValues(Fields r, String action, String value, List<CarrierRow> carriers) {
        Set<String> carrierKeys = new HashSet<>(tenant.carriers().keySet());
        carrierKeys.addAll(documentCarriers);
        Set<String> serviceKeys = new HashSet<>();
        tenant.carriers().values().forEach(c -> c.services().keySet().forEach(s -> {
            serviceKeys.add(s);
            serviceKeys.add(Tenant.key(c.value()) + "/" + s);
        }));
        for (CarrierRow c : carriers) {
            carrierKeys.add(Tenant.key(c.value()));
            for (ServiceRow s : c.services()) {
                serviceKeys.add(Tenant.key(s.value()));
                serviceKeys.add(Tenant.key(c.value()) + "/" + Tenant.key(s.value()));
            }
        }
        for (String raw : value.split(",")) {
            String v = raw.strip();
            if (v.isEmpty()) {
                continue;
            }
            String k = Tenant.key(v);
            switch (PriorityRule.Action.valueOf(action)) {
                case ONLY_LEVELS -> {
                    if (!LEVELS.contains(v.toUpperCase(Locale.ROOT))) {
                        r.problem("value", "'" + v + "' is no service level; one of " + String.join(", ", LEVELS));
                    }
                }
                case ONLY_CARRIERS, EXCLUDE_CARRIERS -> {
                    if (!carrierKeys.contains(k)) {
                        r.problem("value", "no carrier '" + v + "' in the document or the tenant");
                    }
                }
                case ONLY_SERVICES -> {
                    if (!serviceKeys.contains(k)) {
                        r.problem("value", "no service '" + v + "' (carrier/service or the service's value) "
                                + "in the document or the tenant");
                    }
                }
            }
        }
    }

    private static String key(Fields f, String field) {
        String v = f.text(field, 40, true);
        if (v != null && !KEY.matcher(v).matches()) {
            f.problem(field, "'" + v + "' is no search key: up to 40 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
            return null;
        }
        return v;
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static Set<String> ordered(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}

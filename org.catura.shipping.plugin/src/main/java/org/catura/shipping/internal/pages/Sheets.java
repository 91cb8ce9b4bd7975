package org.catura.shipping.internal.pages;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.catura.shipping.api.CarrierKind;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.transmission.TransmissionChannel;
import org.catura.shipping.internal.transmission.TransmissionFormat;
import org.catura.shipping.internal.transmission.WorkingHours;

/**
 * The fields of the carrier pages per CAT_ table, and the checks that span several fields (a
 * channel that needs a host, a working day that ends after it starts).
 */
final class Sheets {

    static final List<String> KINDS = names(CarrierKind.values());
    static final List<String> CHANNELS = names(TransmissionChannel.values());
    static final List<String> FORMATS = names(TransmissionFormat.values());
    static final List<String> RETURNS = List.of("PACK_PAGE", "API", "IMAP", "SFTP", "FTP", "FOLDER", "HTTP_CALLBACK");
    static final List<String> ACTIONS = List.of("ONLY_LEVELS", "ONLY_CARRIERS", "ONLY_SERVICES", "EXCLUDE_CARRIERS");

    /** The secret columns of CAT_Carrier: sealed, write-only. */
    static final List<String> SECRETS = List.of("TransmissionSecretSealed", "ApiKeySealed", "ReturnSecretSealed");

    private Sheets() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** {@code warehouses}: M_Warehouse_ID → name, from the ERP. */
    static List<Field> carrier(Map<String, String> warehouses) {
        return List.of(
                Field.key("Value", "Search key", 40),
                Field.text("Name", "Name", 60),
                Field.text("Description", "Description", 255).optional(),
                Field.choice("CarrierKind", "Kind", KINDS),
                Field.idChoice("M_Warehouse_ID", "Warehouse", warehouses),
                Field.flag("IsActive", "Active"),
                Field.text("AmazonCarrierCode", "Amazon carrier code", 60).optional().help("e.g. DHL, UPS, Other"),
                Field.text("AmazonCarrierName", "Amazon carrier name", 60).optional().help("with code Other"),
                Field.trackingUrl("TrackingURL", "Tracking URL", 500).optional(),
                Field.regex("TrackingNoPattern", "Tracking number pattern", 200).optional()
                        .help("a regular expression a tracking number must match, e.g. \\d{12}"),
                Field.choice("TransmissionChannel", "Transmission channel", CHANNELS),
                Field.choice("TransmissionFormat", "Transmission format", FORMATS).optional(),
                Field.text("TransmissionHost", "Transmission host", 255).optional(),
                Field.integer("TransmissionPort", "Transmission port", 1, 65535).optional(),
                Field.text("TransmissionPath", "Transmission path or URL", 500).optional(),
                Field.text("TransmissionUser", "Transmission user", 120).optional(),
                Field.secret("TransmissionSecretSealed", "Transmission password"),
                Field.text("TransmissionHostKey", "Transmission host key", 500).optional()
                        .help("SFTP: the server's public key(s), space-separated"),
                Field.email("EMail", "Mail address", 255).optional(),
                Field.secret("ApiKeySealed", "API key"),
                Field.text("AccountNo", "Account number", 40).optional(),
                Field.choice("ReturnChannel", "Return channel", RETURNS),
                Field.text("ReturnHost", "Return host", 255).optional(),
                Field.integer("ReturnPort", "Return port", 1, 65535).optional(),
                Field.text("ReturnPath", "Return path", 500).optional(),
                Field.text("ReturnUser", "Return user", 120).optional(),
                Field.secret("ReturnSecretSealed", "Return password"),
                Field.text("ReturnHostKey", "Return host key", 500).optional(),
                Field.integer("ConfirmWithinHours", "Confirmation within working hours", 1, 720),
                Field.workDays("WorkDays", "Working days"),
                Field.time("WorkDayStart", "Working day starts"),
                Field.time("WorkDayEnd", "Working day ends", true),
                Field.time("CutOffTime", "Cut-off time").optional(),
                Field.timeZone("TimeZone", "Time zone"));
    }

    /** What a channel needs besides itself; a stored secret counts for the password. */
    static void checkCarrier(Form f) {
        String channel = f.typed("TransmissionChannel");
        if ((channel.equals("SFTP") || channel.equals("FTP")) && f.typed("TransmissionHost").isEmpty()) {
            f.error("TransmissionHost", "The channel " + channel + " needs the server's host name.");
        }
        if ((channel.equals("FOLDER") || channel.equals("HTTP")) && f.typed("TransmissionPath").isEmpty()) {
            f.error("TransmissionPath", channel.equals("HTTP") ? "The channel HTTP needs the URL to post to."
                    : "The channel FOLDER needs the folder to write to.");
        }
        if (channel.equals("HTTP") && !f.typed("TransmissionPath").isEmpty()
                && !f.typed("TransmissionPath").matches("https?://\\S+")) {
            f.error("TransmissionPath", "The channel HTTP needs an http:// or https:// URL.");
        }
        if (channel.equals("MAIL") && f.typed("EMail").isEmpty()) {
            f.error("EMail", "The channel MAIL needs the address the consignments go to.");
        }
        if (CHANNELS.contains(channel) && TransmissionChannel.valueOf(channel).sendsFile()
                && f.typed("TransmissionFormat").isEmpty()) {
            f.error("TransmissionFormat", "The channel " + channel + " needs a format (CSV, XML, JSON, FIXED or PDF).");
        }
        String back = f.typed("ReturnChannel");
        if ((back.equals("IMAP") || back.equals("SFTP") || back.equals("FTP")) && f.typed("ReturnHost").isEmpty()) {
            f.error("ReturnHost", "The return channel " + back + " needs the server's host name.");
        }
        if (back.equals("FOLDER") && f.typed("ReturnPath").isEmpty()) {
            f.error("ReturnPath", "The return channel FOLDER needs the folder to read.");
        }
        Optional<Object> start = f.value("WorkDayStart");
        Optional<Object> end = f.value("WorkDayEnd");
        if (start.isPresent() && end.isPresent() && !end.get().equals("24:00")
                && !LocalTime.parse((String) end.get()).isAfter(LocalTime.parse((String) start.get()))) {
            f.error("WorkDayEnd", "The working day must end after it starts (" + start.get() + ").");
        }
        if (f.valid()) {
            try {
                // the watchdog reads them so: what it could not read is not stored
                WorkingHours.parse(f.typed("WorkDays"), f.typed("WorkDayStart"), f.typed("WorkDayEnd"),
                        f.typed("CutOffTime"), f.typed("TimeZone"));
            } catch (IllegalArgumentException e) {
                f.error("WorkDays", e.getMessage());
            }
        }
    }

    /** {@code currencies}: C_Currency_ID → ISO code. */
    static List<Field> service(Map<String, String> currencies) {
        return List.of(
                Field.key("Value", "Search key", 40),
                Field.text("Name", "Name", 60),
                Field.text("CarrierProduct", "Carrier's product code", 40).optional(),
                Field.choice("ServiceLevel", "Service level",
                        List.of(ServiceLevel.values()).stream().map(Enum::name).toList()),
                Field.flag("IsActive", "Active"),
                Field.decimal("MaxWeight", "Max. weight (kg)", true),
                Field.decimal("MaxLength", "Max. length (cm)", true).optional(),
                Field.decimal("MaxWidth", "Max. width (cm)", true).optional(),
                Field.decimal("MaxHeight", "Max. height (cm)", true).optional(),
                Field.decimal("MaxGirth", "Max. girth (cm)", true).optional(),
                Field.flag("IsCOD", "Cash on delivery"),
                Field.flag("IsSignature", "Signature"),
                Field.flag("IsIdCheck", "ID check"),
                Field.flag("IsAgeCheck", "Age check"),
                Field.idChoice("C_Currency_ID", "Currency", currencies),
                Field.decimal("CODSurcharge", "COD surcharge", false),
                Field.decimal("BulkyLength", "Bulky from length (cm)", true).optional(),
                Field.decimal("BulkySurcharge", "Bulky surcharge", false),
                Field.decimal("IslandSurcharge", "Island surcharge", false),
                Field.time("CutOffTime", "Cut-off time").optional());
    }

    static List<Field> rate(Map<String, String> zones) {
        return List.of(
                Field.idChoice("CAT_ShippingZone_ID", "Zone", zones),
                Field.decimal("MaxWeight", "Up to kg", true),
                Field.decimal("Price", "Price", false),
                Field.integer("TransitDays", "Transit days", 0, 60));
    }

    static List<Field> zone() {
        return List.of(
                Field.integer("SeqNo", "Sequence", 0, 99999).help("the first matching zone wins: islands first"),
                Field.key("Value", "Search key", 40),
                Field.text("Name", "Name", 60),
                Field.countries("CountryCodes", "Countries"),
                postalCodes(),
                Field.flag("IsIsland", "Island"),
                Field.flag("IsActive", "Active"));
    }

    private static Field postalCodes() {
        Field t = Field.text("PostalCodes", "Postal codes", 2000);
        return new Field("PostalCodes", "Postal codes", Field.Kind.TEXT, null, false,
                "prefixes (27498) or ranges of equal length (25980-25999), comma-separated; empty: the whole countries",
                v -> {
                    t.check().value(v);
                    StringBuilder out = new StringBuilder();
                    for (String e : v.split(",")) {
                        String entry = e.replace(" ", "").toUpperCase(Locale.ROOT);
                        if (entry.isEmpty()) {
                            continue;
                        }
                        int dash = entry.indexOf('-');
                        boolean ok = dash < 0 ? entry.matches("[A-Z0-9]+")
                                : entry.matches("[A-Z0-9]+-[A-Z0-9]+") && dash * 2 + 1 == entry.length()
                                        && entry.substring(0, dash).compareTo(entry.substring(dash + 1)) <= 0;
                        if (!ok) {
                            throw new Field.Invalid("'" + entry + "' is neither a prefix nor a range from-to of codes "
                                    + "of the same length with from ≤ to.");
                        }
                        out.append(out.length() == 0 ? "" : ",").append(entry);
                    }
                    return out.length() == 0 ? null : out.toString();
                });
    }

    /** {@code problem}: why a condition is no JEXL expression (the matrix's own parser), empty when it is one. */
    static List<Field> rule(Function<String, Optional<String>> problem) {
        Field condition = Field.textarea("RuleCondition", "Condition (JEXL)", 2000);
        return List.of(
                Field.integer("SeqNo", "Sequence", 0, 99999).help("the first matching rule wins"),
                Field.text("Name", "Name", 120),
                new Field("RuleCondition", "Condition (JEXL)", Field.Kind.TEXTAREA, null, true,
                        "over the shipment's facts, e.g. prime && country == 'DE' or weightKg > 20", v -> {
                            condition.check().value(v);
                            problem.apply(v).ifPresent(p -> {
                                throw new Field.Invalid("Not a JEXL expression: " + p);
                            });
                            return v;
                        }),
                Field.choice("ShippingAction", "Action", ACTIONS),
                Field.text("ActionValue", "Values", 500).help("comma-separated: levels, carriers' or services' search keys"),
                Field.text("Reason", "Reason", 2000).optional(),
                Field.flag("IsActive", "Active"));
    }

    static void checkRule(Form f) {
        if (f.typed("ShippingAction").equals("ONLY_LEVELS")) {
            for (String level : f.typed("ActionValue").split(",")) {
                String l = level.strip().toUpperCase(Locale.ROOT);
                if (!l.isEmpty() && List.of(ServiceLevel.values()).stream().noneMatch(s -> s.name().equals(l))) {
                    f.error("ActionValue", "'" + level.strip() + "' is no service level; use "
                            + String.join(", ", List.of(ServiceLevel.values()).stream().map(Enum::name).toList()) + ".");
                }
            }
        }
    }
}

package org.catura.sandbox.carrier;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transmissions as the product sends them: its default templates, read from the shipping plugin's
 * sources, rendered with FreeMarker as its TemplateRenderer configures it (locale ROOT, number
 * format and boolean format "c"), from a model of TemplateData's shape.
 */
final class ProductTransmissions {

    static final Path TEMPLATES = Path.of("..", "org.catura.shipping.plugin", "src", "main", "resources", "org",
            "catura", "shipping", "internal", "transmission", "templates");

    private ProductTransmissions() {
    }

    /** {@code lines}: sku, quantity, sku, quantity, … */
    static String render(String format, String reference, String order, String weightKg, Object... lines)
            throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("c");
        c.setBooleanFormat("c");
        c.setDefaultEncoding("UTF-8");
        String source = Files.readString(TEMPLATES.resolve("default." + format + ".ftl"), StandardCharsets.UTF_8);
        Template t = new Template("default." + format, source, c);
        StringWriter out = new StringWriter();
        t.process(model(reference, order, weightKg, lines), out);
        return out.toString();
    }

    private static Map<String, Object> model(String reference, String order, String weightKg, Object... lines) {
        Map<String, Object> m = new HashMap<>();
        m.put("reference", reference);
        m.put("shipmentId", Integer.parseInt(reference.substring(4)));
        m.put("documentNo", "DN-" + reference.substring(4));
        m.put("shipDate", "2026-12-02");
        m.put("createdAt", "2026-12-02T09:00:00Z");
        m.put("order", Map.of("id", order, "channel", "AMAZON", "marketplaceId", "A1PA6795UKMFR9", "gift", false));
        Map<String, Object> party = new HashMap<>(Map.of("name", "Erika Mustermann", "company", "", "street",
                "Hauptstraße 5", "street2", "", "street3", "", "postalCode", "10115", "city", "Berlin", "region", "",
                "country", "DE", "phone", "+49 30 123456"));
        party.put("email", "");
        m.put("shipTo", party);
        Map<String, Object> sender = new HashMap<>(party);
        sender.put("name", "Catura Versand GmbH");
        m.put("sender", sender);
        m.put("carrier", Map.of("value", "partner", "name", "Fulfilment partner", "accountNo", "4711"));
        m.put("service", Map.of("value", "standard", "name", "Standard", "product", "STD"));
        Map<String, Object> parcel = new HashMap<>();
        parcel.put("weightKg", new BigDecimal(weightKg));
        m.put("parcel", parcel);
        List<Map<String, Object>> l = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 2) {
            l.add(Map.of("lineNo", i / 2 + 1, "sku", lines[i], "name", "Article " + lines[i], "quantity",
                    new BigDecimal(lines[i + 1].toString()), "uom", "PCE"));
        }
        m.put("lines", l);
        m.put("text", (TemplateMethodModelEx) args -> pad(args.get(0).toString(), Integer.parseInt(args.get(1).toString()), false));
        m.put("num", (TemplateMethodModelEx) args -> pad(args.get(0).toString(), Integer.parseInt(args.get(1).toString()), true));
        return m;
    }

    private static String pad(String value, int width, boolean number) {
        if (value.length() >= width) {
            return value.substring(0, width);
        }
        return number ? "0".repeat(width - value.length()) + value : value + " ".repeat(width - value.length());
    }
}

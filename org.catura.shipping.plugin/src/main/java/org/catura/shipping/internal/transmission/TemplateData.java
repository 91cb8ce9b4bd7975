package org.catura.shipping.internal.transmission;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a transmission template sees: plain maps, lists, strings and numbers (no Java objects),
 * as documented in docs/transmission.md, plus two helpers for fixed-width records.
 */
final class TemplateData {

    private TemplateData() {
    }

    static Map<String, Object> of(Consignment c) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", c.reference());
        model.put("shipmentId", c.shipmentId());
        model.put("documentNo", c.documentNo());
        model.put("shipDate", c.shipDate() == null ? "" : c.shipDate().toString());
        model.put("createdAt", iso(c.createdAt()));
        Map<String, Object> order = new HashMap<>();
        order.put("id", c.order().id());
        order.put("channel", c.order().channel());
        order.put("marketplaceId", c.order().marketplaceId());
        order.put("purchasedAt", iso(c.order().purchasedAt()));
        order.put("serviceLevel", c.order().serviceLevel());
        order.put("latestShipDate", iso(c.order().latestShipDate()));
        order.put("deliveryInstructions", c.order().deliveryInstructions());
        order.put("gift", c.order().gift());
        model.put("order", order);
        model.put("shipTo", party(c.shipTo()));
        Map<String, Object> sender = party(c.sender());
        sender.put("vatId", c.senderVatId());
        model.put("sender", sender);
        model.put("carrier", Map.of("value", c.carrier().value(), "name", c.carrier().name(),
                "accountNo", c.carrier().accountNo()));
        model.put("service", Map.of("value", c.service().value(), "name", c.service().name(),
                "product", c.service().product()));
        Map<String, Object> parcel = new HashMap<>();
        parcel.put("weightKg", c.parcel().weightKg());
        parcel.put("lengthCm", c.parcel().lengthCm());
        parcel.put("widthCm", c.parcel().widthCm());
        parcel.put("heightCm", c.parcel().heightCm());
        model.put("parcel", parcel);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Consignment.Line l : c.lines()) {
            lines.add(Map.of("lineNo", l.lineNo(), "sku", l.sku(), "name", l.name(), "quantity", l.quantity(),
                    "uom", l.uom()));
        }
        model.put("lines", lines);
        model.put("text", (TemplateMethodModelEx) TemplateData::text);
        model.put("num", (TemplateMethodModelEx) TemplateData::num);
        return model;
    }

    private static Map<String, Object> party(Consignment.Party p) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", p.name());
        m.put("company", p.company());
        m.put("street", p.street());
        m.put("street2", p.street2());
        m.put("street3", p.street3());
        m.put("postalCode", p.postalCode());
        m.put("city", p.city());
        m.put("region", p.region());
        m.put("country", p.country());
        m.put("phone", p.phone());
        m.put("email", p.email());
        return m;
    }

    private static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    /** {@code text(value, width)}: left-aligned, padded with spaces, cut at the width. */
    private static Object text(List<?> args) throws TemplateModelException {
        String value = string(args, "text");
        int width = width(args, "text");
        int length = value.codePointCount(0, value.length());
        if (length >= width) {
            return value.substring(0, value.offsetByCodePoints(0, width));
        }
        return value + " ".repeat(width - length);
    }

    /** {@code num(value, width)}: right-aligned, padded with zeros; a number too wide is an error, never cut. */
    private static Object num(List<?> args) throws TemplateModelException {
        String value = args.isEmpty() ? "" : args.get(0) instanceof TemplateNumberModel n
                ? new BigDecimal(n.getAsNumber().toString()).toPlainString() : string(args, "num");
        int width = width(args, "num");
        if (value.length() > width) {
            throw new TemplateModelException("num(" + value + ", " + width + "): the number is wider than its field");
        }
        return "0".repeat(width - value.length()) + value;
    }

    private static String string(List<?> args, String function) throws TemplateModelException {
        if (args.size() != 2) {
            throw new TemplateModelException(function + "(value, width) takes 2 arguments, got " + args.size());
        }
        Object value = args.get(0);
        if (value instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (value instanceof TemplateNumberModel n) {
            return n.getAsNumber().toString();
        }
        throw new TemplateModelException(function + "(value, width): the value is no text or number");
    }

    private static int width(List<?> args, String function) throws TemplateModelException {
        if (args.size() != 2 || !(args.get(1) instanceof TemplateNumberModel n)) {
            throw new TemplateModelException(function + "(value, width): the width must be a number");
        }
        int width = n.getAsNumber().intValue();
        if (width < 1) {
            throw new TemplateModelException(function + "(value, width): the width must be at least 1");
        }
        return width;
    }
}

package org.catura.shipping.internal.choice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;
import org.catura.shipping.internal.matrix.Facts;
import org.catura.shipping.internal.matrix.Parcel;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.matrix.Zone;

/**
 * The priority rules' conditions: JEXL over the shipment's facts ({@code prime && country == 'DE'},
 * {@code weightKg > 20}), with no access to any Java class, so a rule can read facts and nothing
 * else. Compiled once per catalogue load; the carrier pages check a condition with the same engine
 * before they store it.
 */
public final class RuleConditions {

    /** Facts with a value of every kind, for checking a condition before it is stored. */
    private static final Facts SAMPLE = new Facts(new Parcel(new BigDecimal("2.5"), new BigDecimal("40"),
            new BigDecimal("30"), new BigDecimal("20")), "DE", "10115",
            new Zone("DE", "Germany", 1, java.util.Set.of("DE"), List.of(), false), false, ServiceLevel.STANDARD, false,
            false, false, false, List.of("SKU-1"), BigDecimal.ONE);

    /** The names a condition may read: {@link Facts#asMap()}'s keys, sorted. */
    public static final List<String> FACTS = List.copyOf(new TreeSet<>(SAMPLE.asMap().keySet()));

    private final JexlEngine jexl = new JexlBuilder().permissions(JexlPermissions.RESTRICTED)
            .sandbox(new JexlSandbox(false)).strict(true).silent(false).safe(false).cache(256).create();

    /**
     * What is wrong with a condition before it is stored: it does not parse, reads a name that is
     * no fact, or gives something other than true or false on sample facts; empty when it is fine.
     */
    public Optional<String> problem(String condition) {
        if (condition == null || condition.isBlank()) {
            return Optional.of("the condition is empty");
        }
        JexlExpression expression;
        try {
            expression = jexl.createExpression(condition);
        } catch (JexlException e) {
            JexlInfo info = e.getInfo();
            String where = info == null ? "" : " (line " + info.getLine() + ", column " + info.getColumn() + ")";
            String what = e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization
                    ? "syntax error near '" + e.getDetail() + "'" : e.getMessage();
            return Optional.of("'" + condition + "' is no JEXL expression: " + what + where);
        }
        TreeSet<String> unknown = new TreeSet<>();
        try {
            jexl.createScript(condition).getVariables().forEach(v -> {
                if (!v.isEmpty() && !FACTS.contains(v.get(0))) {
                    unknown.add(v.get(0));
                }
            });
        } catch (JexlException e) {
            return Optional.of("'" + condition + "' is no JEXL expression: " + e.getMessage());
        }
        if (!unknown.isEmpty()) {
            return Optional.of("'" + condition + "' reads " + String.join(", ", unknown) + ", which "
                    + (unknown.size() == 1 ? "is no fact" : "are no facts") + "; the facts are "
                    + String.join(", ", FACTS));
        }
        try {
            Object result = expression.evaluate(new MapContext(SAMPLE.asMap()));
            if (!(result instanceof Boolean)) {
                return Optional.of("'" + condition + "' gives " + result + ", not true or false");
            }
        } catch (JexlException e) {
            return Optional.of("'" + condition + "' cannot be evaluated: " + e.getMessage());
        }
        return Optional.empty();
    }

    public Predicate<Facts> compile(String rule, String condition) {
        JexlExpression expression;
        try {
            expression = jexl.createExpression(condition);
        } catch (JexlException e) {
            throw new IllegalStateException("Shipping rule '" + rule + "' has a condition that is no JEXL expression: "
                    + e.getMessage() + "; correct it under Carriers → Rules");
        }
        return facts -> {
            try {
                Object result = expression.evaluate(new MapContext(facts.asMap()));
                if (result instanceof Boolean b) {
                    return b;
                }
                throw new IllegalStateException("Shipping rule '" + rule + "': condition '" + condition
                        + "' gives " + result + ", not true or false");
            } catch (JexlException e) {
                throw new IllegalStateException("Shipping rule '" + rule + "': condition '" + condition
                        + "' cannot be evaluated: " + e.getMessage());
            }
        };
    }
}

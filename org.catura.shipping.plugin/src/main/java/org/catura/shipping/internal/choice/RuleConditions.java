package org.catura.shipping.internal.choice;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;
import org.catura.shipping.internal.matrix.Facts;

/**
 * The priority rules' conditions: JEXL over the shipment's facts ({@code prime && country == 'DE'},
 * {@code weightKg > 20}), with no access to any Java class, so a rule can read facts and nothing
 * else. Compiled once per catalogue load; the carrier pages check a condition with the same engine
 * before they store it.
 */
public final class RuleConditions {

    /** JEXL's message: the Java method that parsed, {@code @line:column}, then what is wrong. */
    private static final Pattern JEXL_MESSAGE = Pattern.compile("^\\S*@(\\d+):(\\d+) (.*)$", Pattern.DOTALL);

    private final JexlEngine jexl = new JexlBuilder().permissions(JexlPermissions.RESTRICTED)
            .sandbox(new JexlSandbox(false)).strict(true).silent(false).safe(false).cache(256).create();

    /** Why {@code condition} is no JEXL expression the matrix can compile; empty when it is one. */
    public Optional<String> problem(String condition) {
        try {
            jexl.createExpression(condition);
            return Optional.empty();
        } catch (JexlException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            Matcher at = JEXL_MESSAGE.matcher(m);
            return Optional.of(at.matches() ? at.group(3) + " (line " + at.group(1) + ", column " + at.group(2) + ")" : m);
        }
    }

    Predicate<Facts> compile(String rule, String condition) {
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

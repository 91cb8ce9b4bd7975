package org.catura.core.internal.release;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.catura.core.api.release.RuleError;

/**
 * Rule conditions in Apache Commons JEXL: strict (an unknown name is an error, not null),
 * restricted (no reflection, no class access), and required to give true or false.
 */
final class RuleConditions {

    private final JexlEngine jexl = new JexlBuilder().permissions(JexlPermissions.RESTRICTED).strict(true)
            .silent(false).safe(false).cache(256).create();
    private final Map<String, JexlExpression> compiled = new ConcurrentHashMap<>();

    /** Empty when the condition parses and gives a yes/no on typical facts. */
    Optional<RuleError> validate(String condition) {
        if (condition == null || condition.isBlank()) {
            return Optional.of(new RuleError("the condition is empty", 1, 1));
        }
        try {
            Object result = jexl.createExpression(condition).evaluate(new MapContext(ReleaseFacts.sample()));
            if (!(result instanceof Boolean)) {
                return Optional.of(new RuleError("the condition must give true or false, not "
                        + (result == null ? "null" : result.getClass().getSimpleName()), 1, 1));
            }
            return Optional.empty();
        } catch (JexlException e) {
            return Optional.of(error(e));
        }
    }

    /**
     * Empty when a hold date expression parses and gives a date, an instant or a number of hours
     * on typical facts (or null, meaning: use the hold hours).
     */
    Optional<RuleError> validateDate(String expression) {
        try {
            Object result = jexl.createExpression(expression).evaluate(new MapContext(ReleaseFacts.sample()));
            if (result != null) {
                HoldDates.toInstant(result, Instant.now());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new RuleError("the hold date " + e.getMessage(), 1, 1));
        } catch (JexlException e) {
            return Optional.of(error(e));
        }
    }

    /** Whether the condition holds on these facts; a condition that fails to evaluate is an error. */
    boolean matches(String condition, Map<String, Object> facts) {
        Object result = value(condition, facts);
        if (!(result instanceof Boolean b)) {
            throw new IllegalArgumentException("Condition '" + condition + "' gave " + result + ", not true/false");
        }
        return b;
    }

    /** The value of an expression on these facts. */
    Object value(String expression, Map<String, Object> facts) {
        JexlExpression compiledExpression = compiled.computeIfAbsent(expression, jexl::createExpression);
        return compiledExpression.evaluate(new MapContext(new java.util.HashMap<>(facts)));
    }

    private static RuleError error(JexlException e) {
        JexlInfo info = e.getInfo();
        String detail = e instanceof JexlException.Variable v ? "unknown name '" + v.getVariable() + "'"
                : e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization
                        ? "syntax error near '" + e.getDetail() + "'"
                        : e.getDetail();
        return new RuleError(detail, info == null ? 0 : info.getLine(), info == null ? 0 : info.getColumn());
    }
}

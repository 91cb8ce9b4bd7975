package org.catura.core.internal.release;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.MapContext;
import org.catura.core.api.release.RuleError;

/**
 * Rule conditions in Apache Commons JEXL, run in a {@link RuleSandbox}: strict (an unknown name
 * is an error, not null), at most {@link #MAX_LENGTH} characters, cancelled after
 * {@link #TIME_LIMIT}, and required to give true or false. Errors say what kind of thing went
 * wrong and where, never what an expression gave: on real facts that is a buyer's data.
 */
final class RuleConditions {

    static final int MAX_LENGTH = 2000;
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    /** An expression failed on real facts; the message says how, without any value. */
    static final class Failure extends IllegalArgumentException {

        private final RuleError error;

        Failure(RuleError error) {
            super(error.message());
            this.error = error;
        }

        RuleError error() {
            return error;
        }
    }

    private final JexlEngine jexl = RuleSandbox.engine();
    private final Duration timeLimit;
    // Evaluations run on threads of their own so one that overruns can be cancelled without
    // interrupting the caller's thread, which holds a database transaction.
    private final ExecutorService evaluations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "catura-rule-evaluation");
        t.setDaemon(true);
        return t;
    });

    RuleConditions() {
        this(TIME_LIMIT);
    }

    RuleConditions(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** Empty when the condition parses and gives a yes/no on typical facts. */
    Optional<RuleError> validate(String condition) {
        if (condition == null || condition.isBlank()) {
            return Optional.of(new RuleError("the condition is empty", 1, 1));
        }
        try {
            Object result = value(condition, ReleaseFacts.sample());
            if (!(result instanceof Boolean)) {
                return Optional.of(new RuleError("the condition must give true or false, not "
                        + (result == null ? "null" : result.getClass().getSimpleName()), 1, 1));
            }
            return Optional.empty();
        } catch (Failure e) {
            return Optional.of(e.error());
        }
    }

    /**
     * Empty when a hold date expression parses and gives a date, an instant or a number of hours
     * on typical facts (or null, meaning: use the hold hours).
     */
    Optional<RuleError> validateDate(String expression) {
        try {
            Object result = value(expression, ReleaseFacts.sample());
            if (result != null) {
                HoldDates.toInstant(result, Instant.now());
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            if (e instanceof Failure f) {
                return Optional.of(f.error());
            }
            String literal = literal(expression);
            return Optional.of(new RuleError(literal != null ? "the hold date '" + literal + "' is not "
                    + HoldDates.WHAT_IS_A_DATE : "the hold date " + e.getMessage(), 1, 1));
        }
    }

    /**
     * Whether the condition holds on these facts.
     *
     * @throws Failure when it fails to evaluate or gives no yes/no
     */
    boolean matches(String condition, Map<String, Object> facts) {
        Object result = value(condition, facts);
        if (!(result instanceof Boolean b)) {
            throw new Failure(new RuleError("the condition gave " + kind(result) + ", not true or false", 1, 1));
        }
        return b;
    }

    /**
     * The value of an expression on these facts (a copy: a rule cannot change them).
     *
     * @throws Failure when it is too long, refused by the sandbox, fails or takes too long
     */
    Object value(String expression, Map<String, Object> facts) {
        if (expression.length() > MAX_LENGTH) {
            throw new Failure(new RuleError("the expression is longer than " + MAX_LENGTH + " characters", 0, 0));
        }
        JexlExpression compiled;
        try {
            compiled = jexl.createExpression(expression);
        } catch (JexlException e) {
            throw new Failure(error(e));
        }
        Future<Object> running = evaluations.submit(compiled.callable(new MapContext(new HashMap<>(facts))));
        try {
            return running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new Failure(new RuleError("the expression took longer than " + timeLimit.toMillis()
                    + " ms to evaluate: make it simpler", 0, 0));
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure(new RuleError("the evaluation was interrupted", 0, 0));
        } catch (ExecutionException e) {
            throw new Failure(e.getCause() instanceof JexlException j ? error(j)
                    : e.getCause() instanceof RuleArithmetic.RuleLimitException limit
                            ? new RuleError(limit.getMessage(), 0, 0)
                    : new RuleError("the expression cannot be evaluated ("
                            + e.getCause().getClass().getSimpleName() + ")", 0, 0));
        }
    }

    /** What kind of value, in the editor's words. */
    static String kind(Object value) {
        return value == null ? "null"
                : value instanceof CharSequence ? "text"
                : value instanceof Number ? "a number"
                : value instanceof Boolean ? "yes/no"
                : value instanceof Collection<?> || value.getClass().isArray() ? "a collection"
                : value instanceof Map<?, ?> ? "a map" : "a value of another kind";
    }

    /** The text of a quoted string literal, which is what the person typed, not a computed value. */
    private static String literal(String expression) {
        String e = expression.strip();
        boolean quoted = e.length() >= 2 && (e.charAt(0) == '\'' || e.charAt(0) == '"')
                && e.charAt(e.length() - 1) == e.charAt(0) && e.indexOf(e.charAt(0), 1) == e.length() - 1;
        return quoted ? e.substring(1, e.length() - 1) : null;
    }

    private static RuleError error(JexlException e) {
        JexlInfo info = e.getInfo();
        return new RuleError(detail(e), info == null ? 0 : info.getLine(), info == null ? 0 : info.getColumn());
    }

    /** The kind of error, naming only what the person wrote (a name, a method), never a value. */
    private static String detail(JexlException e) {
        if (e instanceof JexlException.Feature) {
            return feature(e.getMessage());
        }
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization) {
            return "syntax error near '" + e.getDetail() + "'";
        }
        if (e instanceof JexlException.Variable v) {
            return "unknown name '" + v.getVariable() + "'";
        }
        if (e instanceof JexlException.Method m) {
            String name = m.getMethod() == null ? "?" : m.getMethod().replaceFirst("\\(.*", "");
            return "a rule may not call '" + name + "' (or not with these arguments): rules may use the facts and"
                    + " the read methods of text, numbers, yes/no, collections and maps";
        }
        if (e instanceof JexlException.Property) {
            // The property may be a map key computed from the facts: it is not named.
            return "a value has no such property or key, or a rule may not read it";
        }
        if (e instanceof JexlException.Assignment) {
            return "a rule may not change values (=, +=, ++)";
        }
        if (e.getCause() instanceof RuleArithmetic.RuleLimitException limit) {
            return limit.getMessage();
        }
        if (e instanceof JexlException.Cancel || e.getCause() instanceof RuleArithmetic.RuleCancelled) {
            return "the evaluation was cancelled";
        }
        if (e instanceof JexlException.StackOverflow) {
            return "the expression is nested too deeply";
        }
        if (e instanceof JexlException.Operator) {
            return "an operator cannot be applied to these values";
        }
        return "the expression cannot be evaluated (" + e.getClass().getSimpleName() + ")";
    }

    /** JEXL words a feature error "[where] [feature] error in '[source]'". */
    private static String feature(String message) {
        String m = message == null ? "" : message;
        int end = m.indexOf(" error in '");
        String head = end < 0 ? m : m.substring(0, end);
        int space = head.indexOf(' ');
        String name = space >= 0 && head.substring(0, space).contains("@") ? head.substring(space + 1) : head;
        if (name.equals(JexlFeatures.stringify(JexlFeatures.NEW_INSTANCE))) {
            return "a rule may not create objects (new)";
        }
        if (name.equals(JexlFeatures.stringify(JexlFeatures.LAMBDA))
                || name.equals(JexlFeatures.stringify(JexlFeatures.THIN_ARROW))
                || name.equals(JexlFeatures.stringify(JexlFeatures.FAT_ARROW))
                || name.equals(JexlFeatures.stringify(JexlFeatures.LOCAL_VAR))) {
            // An expression can only declare a local variable as a function's parameter.
            return "a rule may not use functions or local variables (->, function, var)";
        }
        if (name.equals(JexlFeatures.stringify(JexlFeatures.SIDE_EFFECT))
                || name.equals(JexlFeatures.stringify(JexlFeatures.SIDE_EFFECT_GLOBAL))) {
            return "a rule may not change values (=, +=, ++)";
        }
        if (name.equals(JexlFeatures.stringify(JexlFeatures.LOOP))) {
            return "a rule may not use loops";
        }
        if (name.contains("pragma")) {
            return "a rule may not use pragmas (#pragma)";
        }
        if (name.equals(JexlFeatures.stringify(JexlFeatures.ANNOTATION))) {
            return "a rule may not use annotations (@)";
        }
        if (name.equals(JexlFeatures.stringify(JexlFeatures.SCRIPT))) {
            return "a rule is one expression, not a script";
        }
        return "a rule may not use this (" + name + ")";
    }
}

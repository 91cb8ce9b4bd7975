package org.catura.core.internal.release;

import java.math.MathContext;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL's arithmetic with two limits: {@code text =~ 'pattern'} reads the text through a
 * {@link DeadlineText}, so a pattern that backtracks for ever stops when the evaluation is
 * cancelled (Java's regular expressions do not look at the interrupt flag themselves); and a
 * range ({@code 1..n}) has at most {@link #MAX_RANGE} numbers, so comparing ranges cannot run
 * for minutes.
 */
final class RuleArithmetic extends JexlArithmetic {

    static final long MAX_RANGE = 10_000;

    RuleArithmetic() {
        super(true);
    }

    private RuleArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new RuleArithmetic(strict, context, scale);
    }

    @Override
    public Iterable<?> createRange(Object from, Object to) {
        long size = Math.abs(toLong(to) - toLong(from)) + 1;
        if (size > MAX_RANGE || size <= 0) {
            throw new RuleLimitException("a range may have at most " + MAX_RANGE + " numbers");
        }
        return super.createRange(from, to);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof CharSequence || container instanceof Pattern)) {
            Pattern pattern = container instanceof Pattern p ? p : Pattern.compile(container.toString());
            return pattern.matcher(new DeadlineText(value.toString())).matches();
        }
        return super.contains(container, value);
    }

    /** Text whose every read fails once the evaluating thread is interrupted. */
    private record DeadlineText(String text) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RuleCancelled();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineText(text.substring(start, end));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A rule went beyond a limit of the sandbox. */
    static final class RuleLimitException extends ArithmeticException {

        RuleLimitException(String message) {
            super(message);
        }
    }

    /** The evaluation was cancelled inside a regular expression. */
    static final class RuleCancelled extends RuntimeException {

        RuleCancelled() {
            super("cancelled", null, false, false);
        }
    }
}

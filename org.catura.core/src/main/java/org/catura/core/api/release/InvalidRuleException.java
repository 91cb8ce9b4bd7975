package org.catura.core.api.release;

/** A rule was refused; nothing was saved. */
public class InvalidRuleException extends RuntimeException {

    private final RuleError error;

    public InvalidRuleException(String rule, RuleError error) {
        super("Rule '" + rule + "' is invalid: " + error);
        this.error = error;
    }

    public RuleError error() {
        return error;
    }
}

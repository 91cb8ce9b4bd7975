package org.catura.core.api.release;

/** Why a rule condition was refused, and where: line and column count from 1 (0 if unknown). */
public record RuleError(String message, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
}

package org.catura.core.api.release;

/** A variable conditions can use, with an example value, for the rule editor. */
public record ReleaseFact(String name, String type, String description) {
}

package org.catura.shipping.api;

import java.util.List;

/** A catalogue that was not imported; each problem names its place, e.g. {@code carriers[1].services[0].maxWeightKg}. */
public final class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CatalogueException(List<String> problems) {
        super("The carrier catalogue was not imported; nothing was changed:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package org.catura.shipping.api;

import java.util.List;

/** What an import stored: rows added and updated per kind, and notes a person should read. */
public record CatalogueImport(int carriersAdded, int carriersUpdated, int zones, int services, int rates, int rules,
        List<String> warnings) {

    public CatalogueImport {
        warnings = List.copyOf(warnings);
    }
}

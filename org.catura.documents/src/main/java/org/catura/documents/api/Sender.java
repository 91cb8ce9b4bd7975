package org.catura.documents.api;

import java.util.List;

/** The seller as printed in a document's head: legal name and address lines; null parts are left out. */
public record Sender(String legalName, List<String> addressLines, String vatId) {

    public Sender {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}

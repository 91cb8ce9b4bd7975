package org.catura.erp.embedded.api;

/** What a master data file changed: its rows, and of them how many records were created and how many updated. */
public record FileImportResult(int rows, int created, int updated) {
}

package org.catura.erp.embedded.api;

/**
 * What is wrong in a master data file: the line (1 is the header; 0 when it is the whole file),
 * the column (null when it is the row or the header) and what is wrong, in words for the person
 * who fixes the file.
 */
public record RowProblem(long line, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? "line " + line : "file";
        return where + (field == null ? "" : ", " + field) + ": " + message;
    }
}

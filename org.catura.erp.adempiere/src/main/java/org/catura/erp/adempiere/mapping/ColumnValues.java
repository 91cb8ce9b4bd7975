package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Column name → value, in the Java types the ERP's PO.set_ValueOfColumn expects (Integer for
 * ids, Timestamp for dates, BigDecimal, Boolean, String). Unset ids (0) and null values are left
 * out, so the ERP's defaults apply.
 */
public final class ColumnValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public ColumnValues id(String column, int id) {
        if (id > 0) {
            values.put(column, id);
        }
        return this;
    }

    /** An id that is always written: 0 clears the column (null) instead of leaving the old value. */
    public ColumnValues idOrClear(String column, int id) {
        values.put(column, id > 0 ? id : null);
        return this;
    }

    public ColumnValues text(String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
        return this;
    }

    public ColumnValues amount(String column, BigDecimal value) {
        if (value != null) {
            values.put(column, value);
        }
        return this;
    }

    public ColumnValues flag(String column, boolean value) {
        values.put(column, value);
        return this;
    }

    public ColumnValues date(String column, LocalDate value) {
        if (value != null) {
            values.put(column, Conversions.timestamp(value));
        }
        return this;
    }

    public Object get(String column) {
        return values.get(column);
    }

    public boolean has(String column) {
        return values.containsKey(column);
    }

    /** In insertion order. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** One column write that answers whether the ERP took the value: PO.set_ValueOfColumnReturningBoolean. */
    @FunctionalInterface
    public interface Writer {
        boolean write(String column, Object value);
    }

    /**
     * Writes every value, in insertion order. The ERP answers a refused write with false, not an
     * exception (set_ValueOfColumn drops it silently); the first refusal stops here.
     *
     * @throws IllegalArgumentException naming the table, the column and the value refused
     */
    public void writeTo(String what, String table, Writer writer) {
        values.forEach((column, value) -> write(what, table, column, value, writer));
    }

    /** A single checked write; see {@link #writeTo}. */
    public static void write(String what, String table, String column, Object value, Writer writer) {
        if (!writer.write(column, value)) {
            throw new IllegalArgumentException(what + ": the ERP refused " + (value == null ? "to clear " : "the value '"
                    + value + "' for ") + table + "." + column + " (not in the ERP's dictionary, read-only, not"
                    + " updateable on a processed record, or of another type); check the column in iDempiere's"
                    + " Table and Column window");
        }
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

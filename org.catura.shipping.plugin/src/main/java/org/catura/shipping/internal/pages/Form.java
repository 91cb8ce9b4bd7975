package org.catura.shipping.internal.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.catura.shipping.internal.pages.Field.Kind;

/**
 * A form over some columns of one CAT_ row: what was typed (kept when the form comes back with
 * errors), the error per field, and the column values to store once there is none. A secret is
 * write-only: an empty input keeps the stored value, "clear" removes it, a new value is sealed.
 */
final class Form {

    private final List<Field> fields;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>();

    private Form(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The stored row as the form shows it; secrets only as stored or not. */
    static Form of(List<Field> fields, Map<String, Object> row) {
        Form f = new Form(fields);
        for (Field field : fields) {
            Object v = row.get(field.column());
            if (field.kind() == Kind.SECRET) {
                f.stored.put(field.column(), v != null && !v.toString().isBlank());
            } else if (field.kind() == Kind.FLAG) {
                f.typed.put(field.column(), "Y".equals(v) ? "Y" : "N");
            } else {
                f.typed.put(field.column(), v == null ? "" : v instanceof BigDecimal d ? d.stripTrailingZeros()
                        .toPlainString() : v.toString());
            }
        }
        return f;
    }

    /**
     * Reads and checks the posted fields. {@code param} gives a stripped value or null, {@code raw}
     * a value as typed (secrets keep their blanks); {@code seal} seals a new secret.
     */
    static Form read(List<Field> fields, Function<String, String> param, Function<String, String> raw,
            Map<String, Boolean> storedSecrets, UnaryOperator<String> seal) {
        Form f = new Form(fields);
        for (Field field : fields) {
            String name = field.column();
            switch (field.kind()) {
                case FLAG -> {
                    String v = param.apply(name) == null ? "N" : "Y";
                    f.typed.put(name, v);
                    f.values.put(name, v);
                }
                case SECRET -> {
                    boolean had = storedSecrets.getOrDefault(name, false);
                    String v = raw.apply(name);
                    if (v != null && !v.isEmpty()) {
                        if (v.length() > 1000) {
                            f.errors.put(name, "At most 1000 characters.");
                        } else {
                            f.values.put(name, seal.apply(v));
                        }
                        f.stored.put(name, had);
                    } else if (param.apply("clear_" + name) != null) {
                        f.values.put(name, null);
                        f.stored.put(name, false);
                    } else {
                        f.stored.put(name, had);
                    }
                }
                default -> {
                    String v = param.apply(name);
                    f.typed.put(name, v == null ? "" : v);
                    if (v == null) {
                        if (field.required()) {
                            f.errors.put(name, field.label() + " is required.");
                        } else {
                            f.values.put(name, null);
                        }
                    } else {
                        try {
                            f.values.put(name, field.check().value(v));
                        } catch (Field.Invalid e) {
                            f.errors.put(name, e.getMessage());
                        }
                    }
                }
            }
        }
        return f;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Adds a problem that involves more than one field, shown next to {@code column}. */
    void error(String column, String message) {
        errors.putIfAbsent(column, message);
    }

    Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** The checked column values to store; secrets only when they change. */
    Map<String, Object> values() {
        if (!valid()) {
            throw new IllegalStateException("The form has errors: " + errors);
        }
        return new LinkedHashMap<>(values);
    }

    Optional<Object> value(String column) {
        return Optional.ofNullable(values.get(column));
    }

    String typed(String column) {
        return typed.getOrDefault(column, "");
    }

    List<FieldRow> rows() {
        List<FieldRow> rows = new ArrayList<>();
        for (Field f : fields) {
            rows.add(new FieldRow(f.column(), f.label(), f.kind().name(), typed.getOrDefault(f.column(), ""),
                    errors.get(f.column()), f.choices(), f.required(), f.help(),
                    stored.getOrDefault(f.column(), false)));
        }
        return rows;
    }

    /** The rows by column, for templates that lay the fields out themselves. */
    Map<String, FieldRow> byColumn() {
        Map<String, FieldRow> m = new LinkedHashMap<>();
        rows().forEach(r -> m.put(r.name(), r));
        return m;
    }
}

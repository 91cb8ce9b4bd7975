package org.catura.shipping.internal.pages;

import java.util.Map;

/**
 * One field of a {@link Form} as the template shows it: what was typed or stored, the error next
 * to it, and for a secret only whether one is stored ({@code set}). Public for FreeMarker only.
 */
public record FieldRow(String name, String label, String kind, String value, String error, Map<String, String> choices,
        boolean required, String help, boolean set) {
}

package org.catura.amazon.plugin.internal.imports;

/** An Amazon order that cannot be turned into Catura's order model; the message names the order and the field. */
class OrderMappingException extends IllegalArgumentException {

    public OrderMappingException(String message) {
        super(message);
    }
}

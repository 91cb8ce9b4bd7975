package org.catura.amazon.plugin.mapping;

/** An Amazon order that cannot be turned into Catura's order model; the message names the order and the field. */
public class OrderMappingException extends IllegalArgumentException {

    public OrderMappingException(String message) {
        super(message);
    }
}

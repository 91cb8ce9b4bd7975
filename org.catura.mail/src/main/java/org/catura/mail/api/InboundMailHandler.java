package org.catura.mail.api;

/** What a reader does with one mail; returning marks it read, throwing leaves it for the next read. */
@FunctionalInterface
public interface InboundMailHandler {
    void accept(InboundMail mail) throws Exception;
}

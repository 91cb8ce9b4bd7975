package org.catura.webui.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.catura.core.api.db.Tx;
import org.catura.webui.internal.web.Exchange;
import org.catura.webui.api.extension.HttpError;
import org.catura.webui.internal.web.Services;

/** Reading JSON bodies and running a REST call in one transaction. */
final class Json {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private Json() {
    }

    /** The services and the transaction a REST call runs in. */
    record Scope(Services services, Tx tx) {
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Scope s) throws Exception;
    }

    static <T> T tx(Exchange ex, Work<T> work) {
        return ex.services().database().inTransaction(tx -> work.apply(new Scope(ex.services(), tx)));
    }

    static Map<String, Object> body(Exchange ex) throws IOException {
        String raw = ex.body();
        if (raw.isBlank()) {
            return Map.of();
        }
        try {
            return ex.app().json().readValue(raw, OBJECT);
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("The body is not a JSON object: " + e.getOriginalMessage());
        }
    }

    static String text(Map<String, ?> body, String name) {
        Object v = body.get(name);
        return v == null ? null : v.toString();
    }

    static int number(Map<String, ?> body, String name, int fallback) {
        Object v = body.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw HttpError.badRequest(name + " must be a number, was " + v);
    }

    static BigDecimal decimal(Map<String, ?> body, String name) {
        Object v = body.get(name);
        try {
            return new BigDecimal(String.valueOf(v));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a number, was " + v);
        }
    }
}

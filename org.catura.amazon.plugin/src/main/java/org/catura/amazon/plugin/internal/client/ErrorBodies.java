package org.catura.amazon.plugin.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.catura.amazon.plugin.internal.client.SpApiException.SpApiError;

/** Reads Amazon's {@code {"errors":[{code,message,details}]}} body; anything else yields no errors. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static List<SpApiError> parse(ObjectMapper json, String body) {
        List<SpApiError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return errors;
        }
        try {
            for (JsonNode error : json.readTree(body).path("errors")) {
                errors.add(new SpApiError(error.path("code").asText(null), error.path("message").asText(null),
                        error.path("details").asText(null)));
            }
        } catch (Exception e) {
            // not Amazon's error shape: the caller shows the raw body instead
        }
        return errors;
    }

    /** A short, single-line excerpt of a body that was not an error list. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String line = body.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

package org.catura.amazon.plugin.internal.client;

import java.util.List;

/**
 * An SP-API call failed for good (after retries where retrying made sense). The message names the
 * operation, the HTTP status and each of Amazon's errors: {@code code: message (details)}.
 */
public class SpApiException extends RuntimeException {

    private final SpApiOperation operation;
    private final int status;
    private final List<SpApiError> errors;

    public SpApiException(SpApiOperation operation, int status, List<SpApiError> errors, String fallback,
            Throwable cause) {
        super(message(operation, status, errors, fallback), cause);
        this.operation = operation;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public SpApiOperation operation() {
        return operation;
    }

    /** HTTP status; 0 when no answer arrived (connection failed or dropped). */
    public int status() {
        return status;
    }

    public List<SpApiError> errors() {
        return errors;
    }

    /** The first error's code ({@code QuotaExceeded}, {@code InvalidInput}…), or null. */
    public String code() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    private static String message(SpApiOperation operation, int status, List<SpApiError> errors, String fallback) {
        StringBuilder text = new StringBuilder(operation.operationId()).append(" failed: ");
        text.append(status == 0 ? "no answer" : "HTTP " + status);
        if (errors.isEmpty()) {
            if (fallback != null && !fallback.isBlank()) {
                text.append(": ").append(fallback);
            }
        } else {
            String separator = ": ";
            for (SpApiError error : errors) {
                text.append(separator).append(error);
                separator = "; ";
            }
        }
        return text.toString();
    }

    /** One entry of Amazon's {@code {"errors":[{code,message,details}]}} body. */
    public record SpApiError(String code, String message, String details) {
        @Override
        public String toString() {
            String text = code + ": " + message;
            return details == null || details.isBlank() ? text : text + " (" + details + ")";
        }
    }
}

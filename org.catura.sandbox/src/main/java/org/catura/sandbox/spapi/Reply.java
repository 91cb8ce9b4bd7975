package org.catura.sandbox.spapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An answer to send: status, body and content type. */
record Reply(int status, String body, String contentType) {

    static Reply json(int status, String body) {
        return new Reply(status, body, "application/json");
    }

    static Reply noContent() {
        return new Reply(204, "", null);
    }

    /** Amazon's error body {@code {"errors":[{code,message,details}]}}. */
    static Reply error(ObjectMapper json, int status, String code, String message, String details) {
        ObjectNode body = json.createObjectNode();
        ArrayNode errors = body.putArray("errors");
        ObjectNode error = errors.addObject().put("code", code).put("message", message);
        error.put("details", details == null ? "" : details);
        return json(status, body.toString());
    }

    static Reply invalidInput(ObjectMapper json, String message) {
        return error(json, 400, "InvalidInput", message, "");
    }
}

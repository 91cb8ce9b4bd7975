package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.webui.api.Role;
import org.catura.webui.api.User;
import org.catura.webui.api.extension.WebRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The callback's decisions (secret, carrier, body, outcome → status) on the real recorder; the
 * web UI's serving of a public route without session is PublicRouteTest's (org.catura.webui).
 */
class CallbackHandlerTest extends ShippingTestBase {

    CallbackHandler handler;

    @BeforeEach
    void callbackCarrier() {
        tx(t -> Sql.update(t, "update CAT_Carrier set ReturnSecretSealed = ? where CAT_Carrier_ID = ?",
                secrets.seal("cb-secret-1"), otherCarrierId));
        ShippingConfirmations confirmations = new ShippingConfirmations() {
            @Override
            public ConfirmationResult record(Tx tx, CarrierConfirmation c) {
                return recorder.record(tx, c);
            }

            @Override
            public ConfirmationResult reject(Tx tx, String carrier, ConfirmationSource source, String rawName,
                    byte[] raw, String reason) {
                return recorder.reject(tx, carrier, source, rawName, raw, reason);
            }
        };
        handler = new CallbackHandler(db, confirmations, secrets, new ReturnChannels());
    }

    Call call(String carrier, String authorization, String body) throws Exception {
        Call c = new Call(carrier, authorization, body);
        handler.handle(c);
        return c;
    }

    static String body(Shipped s, String trackingNo) {
        return "{\"reference\":\"" + s.reference() + "\",\"orderReference\":\"" + s.externalId()
                + "\",\"shippedAt\":\"2026-12-02T10:15:00Z\",\"parcels\":[{\"trackingNo\":\"" + trackingNo
                + "\",\"replacesTrackingNo\":null,\"weightKg\":1.2,\"lines\":[{\"sku\":\"CAT-MUG-001\",\"quantity\":1}]}]}";
    }

    @Test
    void theRightSecretRecordsAndTheSameCallAgainIsADuplicate() throws Exception {
        Shipped s = transmittedOrder(1, otherCarrierId, null);
        Call first = call(OTHER_CARRIER, "Bearer cb-secret-1", body(s, "JJD000390007"));
        assertEquals(200, first.status);
        assertEquals("RECORDED", first.answer.get("outcome"), first.answer.toString());
        assertEquals("SHIPPED", state(s.orderId()));
        Call again = call(OTHER_CARRIER, "Bearer cb-secret-1", body(s, "JJD000390007"));
        assertEquals(200, again.status);
        assertEquals("DUPLICATE", again.answer.get("outcome"));
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsKept() throws Exception {
        Shipped s = transmittedOrder(1, otherCarrierId, null);
        assertEquals(401, call(OTHER_CARRIER, "Bearer cb-secret-2", body(s, "X")).status);
        assertEquals(401, call(OTHER_CARRIER, null, body(s, "X")).status);
        assertEquals(401, call(OTHER_CARRIER, "cb-secret-1", body(s, "X")).status);
        assertEquals(0, count("select count(*) from shipping_message"));
        assertEquals("TRANSMITTED", state(s.orderId()));
    }

    @Test
    void unknownCarrierGarbledBodyAndRejectionHaveTheirStatus() throws Exception {
        Shipped s = transmittedOrder(1, otherCarrierId, null);
        assertEquals(404, call("nobody", "Bearer cb-secret-1", body(s, "X")).status);
        assertEquals(404, call(CARRIER, "Bearer cb-secret-1", body(s, "X")).status, "parcelco answers by folder");
        Call garbled = call(OTHER_CARRIER, "Bearer cb-secret-1", "{\"reference\":");
        assertEquals(400, garbled.status);
        assertTrue(((String) garbled.answer.get("message")).startsWith("Line 1, column"), garbled.answer.toString());
        Call unknown = call(OTHER_CARRIER, "Bearer cb-secret-1", "{\"reference\":\"CAT-0000001\",\"parcels\":[{\"trackingNo\":\"1\"}]}");
        assertEquals(409, unknown.status);
        assertEquals("REJECTED", unknown.answer.get("outcome"));
        assertEquals(2, count("select count(*) from shipping_message where outcome = 'REJECTED' and source = 'HTTP_CALLBACK'"));
    }

    /** One request as the web UI hands it to the route's handler. */
    static final class Call implements WebRequest {
        final String carrier;
        final String authorization;
        final String body;
        int status;
        Map<String, Object> answer;

        Call(String carrier, String authorization, String body) {
            this.carrier = carrier;
            this.authorization = authorization;
            this.body = body;
        }

        @Override
        public String method() {
            return "POST";
        }

        @Override
        public String path() {
            return "/shipping/callback/" + carrier;
        }

        @Override
        public String base() {
            return "/catura";
        }

        @Override
        public String param(String name) {
            return null;
        }

        @Override
        public String raw(String name) {
            return null;
        }

        @Override
        public List<String> params(String name) {
            return List.of();
        }

        @Override
        public String pathParam(int group) {
            return carrier;
        }

        @Override
        public long pathId(int group) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean htmx() {
            return false;
        }

        @Override
        public String header(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : null;
        }

        @Override
        public String body() {
            return body;
        }

        @Override
        public User user() {
            throw new UnsupportedOperationException("a public route has no user");
        }

        @Override
        public boolean can(Role role) {
            return false;
        }

        @Override
        public void render(int status, String template, Map<String, ?> model) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void redirect(String path, String flash) {
            throw new UnsupportedOperationException();
        }

        @SuppressWarnings("unchecked")
        @Override
        public void json(int status, Object value) {
            this.status = status;
            this.answer = (Map<String, Object>) value;
        }
    }
}

package org.catura.shipping.internal.confirmation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.core.api.secret.SecretException;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.confirmation.ReturnChannels.ReturnChannel;
import org.catura.webui.api.extension.WebRequest;

/**
 * {@code POST /catura/shipping/callback/<carrier>} (contract 4): the carrier's bearer token is its
 * sealed ReturnSecret, compared in constant time; the body the JSON confirmation. Answers 200
 * (recorded, updated, duplicate), 400 (garbled: kept and ticketed), 401 (wrong or no secret:
 * nothing kept), 404 (no such carrier taking callbacks), 409 (rejected).
 */
public final class CallbackHandler {

    static final String CHANNEL = "HTTP_CALLBACK";

    private final Database database;
    private final ShippingConfirmations confirmations;
    private final Secrets secrets;
    private final ReturnChannels carriers;

    public CallbackHandler(Database database, ShippingConfirmations confirmations, Secrets secrets,
            ReturnChannels carriers) {
        this.database = database;
        this.confirmations = confirmations;
        this.secrets = secrets;
        this.carriers = carriers;
    }

    public void handle(WebRequest request) throws Exception {
        String carrierValue = request.pathParam(1);
        Optional<ReturnChannel> carrier = database.inTransaction(tx -> carriers.find(tx, carrierValue))
                .filter(c -> CHANNEL.equals(c.channel()));
        if (carrier.isEmpty()) {
            answer(request, 404, "ERROR", "No carrier '" + carrierValue + "' takes confirmations by HTTP callback here");
            return;
        }
        if (!authorised(carrier.get(), request.header("Authorization"))) {
            answer(request, 401, "ERROR", "Wrong or missing bearer token for carrier " + carrier.get().carrier());
            return;
        }
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        String rawName = "callback " + carrier.get().carrier();
        CarrierConfirmation confirmation;
        try {
            confirmation = ConfirmationJson.parse(carrier.get().carrier(), ConfirmationSource.HTTP_CALLBACK, rawName, body);
        } catch (MalformedConfirmationException e) {
            ConfirmationResult r = database.inTransaction(tx -> confirmations.reject(tx, carrier.get().carrier(),
                    ConfirmationSource.HTTP_CALLBACK, rawName, body, "Garbled callback: " + e.getMessage()));
            answer(request, 400, r.outcome().name(), e.getMessage());
            return;
        }
        ConfirmationResult r = database.inTransaction(tx -> confirmations.record(tx, confirmation));
        answer(request, r.outcome() == ConfirmationResult.Outcome.REJECTED ? 409 : 200, r.outcome().name(), r.message());
    }

    private boolean authorised(ReturnChannel carrier, String authorization) {
        if (carrier.secretSealed() == null || carrier.secretSealed().isBlank() || authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String expected;
        try {
            expected = secrets.open(carrier.secretSealed());
        } catch (SecretException e) {
            return false; // sealed with another key: no caller can match it
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(WebRequest request, int status, String outcome, String message) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", outcome);
        json.put("message", message);
        request.json(status, json);
    }
}

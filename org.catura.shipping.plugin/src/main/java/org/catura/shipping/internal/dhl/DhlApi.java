package org.catura.shipping.internal.dhl;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The one call Catura makes: {@code POST <orders URL>?docFormat=PDF} with the {@code dhl-api-key}
 * header and the GKP user's Basic login. A timeout or a broken connection is
 * {@link DhlUnavailableException}; every answer, whatever its status, is returned as it came.
 */
final class DhlApi {

    record Reply(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    DhlApi(Duration connectTimeout, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    Reply createOrder(DhlCarrierSettings carrier, String reference, String body) throws DhlUnavailableException {
        URI url = withDocFormat(carrier.ordersUrl());
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("dhl-api-key", carrier.apiKey())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (carrier.user() + ":" + carrier.password()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw new DhlUnavailableException("DHL did not answer within " + timeout.toSeconds() + " s for " + reference
                    + " at " + carrier.ordersUrl() + "; tried again later (DHL may have created the shipment"
                    + " meanwhile: a second label may then exist in the GKP)", e);
        } catch (IOException e) {
            throw new DhlUnavailableException("DHL could not be reached for " + reference + " at " + carrier.ordersUrl()
                    + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DhlUnavailableException("Interrupted while waiting for DHL's answer for " + reference, e);
        }
    }

    static URI withDocFormat(URI orders) {
        String query = orders.getRawQuery();
        String added = "docFormat=PDF";
        String s = orders.toString();
        if (query == null) {
            return URI.create(s + "?" + added);
        }
        return query.contains("docFormat=") ? orders : URI.create(s + "&" + added);
    }
}

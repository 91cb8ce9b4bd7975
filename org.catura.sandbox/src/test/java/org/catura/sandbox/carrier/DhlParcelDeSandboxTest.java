package org.catura.sandbox.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The DHL sandbox over HTTP: its login, DHL's validation answers, labels that are PDFs, seeded faults. */
class DhlParcelDeSandboxTest {

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();
    DhlParcelDeSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static String order(String product, String billing, String postalCode, int grams) {
        return """
                {"profile":"STANDARD_GRUPPENPROFIL","shipments":[{"product":"%s","billingNumber":"%s","refNo":"CAT-0001234",
                 "shipDate":"%s",
                 "shipper":{"name1":"Catura GmbH","addressStreet":"Musterweg","addressHouse":"1","postalCode":"20095","city":"Hamburg","country":"DEU"},
                 "consignee":{"name1":"Hans Müller","addressStreet":"Hauptstraße","addressHouse":"5","postalCode":"%s","city":"Berlin","country":"DEU"},
                 "details":{"weight":{"uom":"g","value":%d}}}]}"""
                .formatted(product, billing, LocalDate.now(ZoneId.of("Europe/Berlin")), postalCode, grams);
    }

    HttpResponse<String> post(String apiKey, String user, String password, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.ordersUrl() + "?docFormat=PDF"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("dhl-api-key", apiKey);
        }
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body) throws Exception {
        DhlSandboxSettings s = sandbox.settings();
        return post(s.apiKey(), s.user(), s.password(), body);
    }

    @Test
    void aValidOrderGetsATwelveDigitNumberAndAPdfLabelWithACorrectCrossReferenceTable() throws Exception {
        sandbox = new DhlParcelDeSandbox(DhlSandboxSettings.defaults()).start();

        HttpResponse<String> response = post(order("V01PAK", "33333333330102", "10115", 2400));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode item = json.readTree(response.body()).get("items").get(0);
        assertTrue(item.get("shipmentNo").asText().matches("\\d{12}"), item.toString());
        assertEquals("CAT-0001234", item.get("shipmentRefNo").asText());
        byte[] pdf = Base64.getDecoder().decode(item.at("/label/b64").asText());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1.4") && text.endsWith("%%EOF\n"));
        Matcher xref = Pattern.compile("(\\d{10}) 00000 n ").matcher(text);
        List<Integer> offsets = new ArrayList<>();
        while (xref.find()) {
            offsets.add(Integer.parseInt(xref.group(1)));
        }
        assertEquals(5, offsets.size());
        for (int i = 0; i < offsets.size(); i++) {
            assertTrue(text.startsWith((i + 1) + " 0 obj", offsets.get(i)), "object " + (i + 1) + " at its offset");
        }
        int startxref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertTrue(text.startsWith("xref", startxref));
        assertTrue(text.contains(item.get("shipmentNo").asText()), "the label shows the number");
        assertEquals(1, sandbox.shipments().size());
        assertEquals(2400, sandbox.shipments().get(0).weightGrams());
    }

    @Test
    void missingAndWrongFieldsAreAnswered400WithValidationMessagesAsDhlSendsThem() throws Exception {
        sandbox = new DhlParcelDeSandbox(DhlSandboxSettings.defaults()).start();

        HttpResponse<String> response = post(order("V99XXX", "3333333333", "1011", 0));

        assertEquals(400, response.statusCode());
        JsonNode body = json.readTree(response.body());
        assertEquals(400, body.at("/status/statusCode").asInt());
        List<String> properties = new ArrayList<>();
        body.at("/items/0/validationMessages").forEach(m -> {
            assertEquals("Error", m.get("validationState").asText());
            properties.add(m.get("property").asText());
        });
        assertEquals(List.of("product", "billingNumber", "consignee.postalCode", "details.weight.value"), properties);
        assertEquals(0, sandbox.shipments().size());
    }

    @Test
    void aBillingNumberOfAnotherProcedureIsRefused() throws Exception {
        sandbox = new DhlParcelDeSandbox(DhlSandboxSettings.defaults()).start();

        HttpResponse<String> response = post(order("V62KP", "33333333330102", "10115", 500));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("not valid for the product V62KP (procedure 62)"), response.body());
    }

    @Test
    void theApiKeyAndTheGkpLoginAreChecked() throws Exception {
        sandbox = new DhlParcelDeSandbox(DhlSandboxSettings.defaults()).start();
        DhlSandboxSettings s = sandbox.settings();
        String body = order("V01PAK", "33333333330102", "10115", 1000);

        assertEquals(401, post(null, s.user(), s.password(), body).statusCode());
        assertEquals(401, post(s.apiKey(), s.user(), "wrong", body).statusCode());
        assertTrue(post("wrong", s.user(), s.password(), body).body().contains("Invalid or missing API key"));
        assertEquals(0, sandbox.shipments().size());
        assertEquals(List.of(401, 401, 401), sandbox.calls().stream().map(DhlSandboxCall::status).toList());
    }

    @Test
    void theSameSeedDrawsTheSameFaults() throws Exception {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            sandbox = new DhlParcelDeSandbox(DhlSandboxSettings.defaults().withFaults(42, 0, 0.3, 0.3)).start();
            for (int i = 0; i < 20; i++) {
                post(order("V01PAK", "33333333330102", "10115", 1000));
            }
            runs.add(sandbox.calls().stream().map(DhlSandboxCall::status).toList());
            sandbox.close();
        }
        assertEquals(runs.get(0), runs.get(1));
        assertTrue(runs.get(0).contains(429) && runs.get(0).contains(200), runs.get(0).toString());
        assertTrue(sandbox.calls().stream().anyMatch(c -> c.fault() == DhlSandboxFault.MALFORMED));
    }
}

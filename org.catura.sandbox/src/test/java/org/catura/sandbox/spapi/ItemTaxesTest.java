package org.catura.sandbox.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.catura.core.api.erp.VatId;
import org.catura.core.api.order.PostalAddress;
import org.catura.sandbox.demo.DemoMarketplace;
import org.catura.sandbox.demo.DemoProduct;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sellers in and outside Amazon's VAT Calculation Service, per marketplace, and the orders tests choose. */
class ItemTaxesTest {

    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    static final DemoProduct MUG = SandboxCatalogue.PRODUCTS.get(0);
    static final DemoProduct BOOK = SandboxCatalogue.PRODUCTS.stream().filter(DemoProduct::reducedRate).findFirst()
            .orElseThrow();

    SpApiSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    SandboxOrders orders(SandboxSettings settings) {
        try {
            sandbox = new SpApiSandbox(settings.withQuotasEnforced(false)).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sandbox.orders();
    }

    static JsonNode place(SandboxOrders orders, Set<SpecialCase> cases, OrderChoice choice) {
        return orders.json(orders.place(AT.minus(Duration.ofHours(1)), cases, choice)).orElseThrow();
    }

    static boolean hasTaxBreakdown(JsonNode order) {
        return order.at("/orderItems/0/proceeds/breakdowns").findValuesAsText("type").contains("TAX")
                || order.at("/proceeds/breakdowns").findValuesAsText("type").contains("TAX");
    }

    @Test
    void aSellerOutsideTheVatServiceGetsNoTaxOrZeroAtGrossPricesPerMarketplace() {
        SandboxOrders orders = orders(SandboxSettings.defaults().withItemTaxes(DemoMarketplace.FR, ItemTaxes.ABSENT)
                .withItemTaxes(DemoMarketplace.ES, ItemTaxes.ZERO));
        JsonNode fr = place(orders, EnumSet.noneOf(SpecialCase.class), OrderChoice.of(DemoMarketplace.FR, MUG));
        assertTrue(!hasTaxBreakdown(fr), fr.toString());
        assertEquals("13.01", fr.at("/orderItems/0/proceeds/breakdowns/0/subtotal/amount").asText(),
                "12.90 net of German VAT plus French: the gross price");
        JsonNode es = place(orders, EnumSet.noneOf(SpecialCase.class), OrderChoice.of(DemoMarketplace.ES, MUG));
        JsonNode esTax = es.at("/orderItems/0/proceeds/breakdowns").findParents("type").stream()
                .filter(b -> "TAX".equals(b.path("type").asText())).findFirst().orElseThrow();
        assertEquals("0.00", esTax.at("/subtotal/amount").asText());
        JsonNode de = place(orders, EnumSet.noneOf(SpecialCase.class), OrderChoice.of(DemoMarketplace.DE, MUG));
        assertTrue(hasTaxBreakdown(de), "DE keeps Amazon's VAT service");
        assertEquals("2.06", de.at("/orderItems/0/proceeds/breakdowns").findParents("type").stream()
                .filter(b -> "TAX".equals(b.path("type").asText())).findFirst().orElseThrow()
                .at("/detailedBreakdowns/0/value/amount").asText(), "19 % of 12.90 on the item");
    }

    @Test
    void anItalianBusinessBuyerHasAValidLookingItalianVatId() {
        JsonNode it = place(orders(SandboxSettings.defaults().withItemTaxes(ItemTaxes.ABSENT)),
                EnumSet.of(SpecialCase.BUSINESS), OrderChoice.of(DemoMarketplace.IT, MUG));
        String vatId = it.at("/tax/taxRegistrations/0/taxRegistrationNumber").asText();
        assertTrue(VatId.looksValid(vatId) && vatId.startsWith("IT"), vatId);
        assertEquals("IT", it.at("/recipient/deliveryAddress/countryCode").asText());
        assertTrue(it.path("programs").toString().contains("AMAZON_BUSINESS"));
    }

    @Test
    void anOrderFromAmazonDeToSwitzerlandCarriesNoVatEvenWithTheVatService() {
        PostalAddress zurich = new PostalAddress("Urs Meier", null, "Bahnhofstrasse 1", null, null, "Zürich", null,
                null, "8001", "CH", "+41 44 123 45 67", "Residential");
        JsonNode ch = place(orders(SandboxSettings.defaults()), EnumSet.noneOf(SpecialCase.class),
                OrderChoice.of(DemoMarketplace.DE, MUG).shippedTo(zurich));
        assertEquals("CH", ch.at("/recipient/deliveryAddress/countryCode").asText());
        assertEquals("A1PA6795UKMFR9", ch.at("/salesChannel/marketplaceId").asText());
        assertEquals("0.00", ch.at("/orderItems/0/proceeds/breakdowns").findParents("type").stream()
                .filter(b -> "TAX".equals(b.path("type").asText())).findFirst().orElseThrow()
                .at("/subtotal/amount").asText());
    }

    @Test
    void aBookOnAmazonDeCarriesTheReducedRate() {
        JsonNode book = place(orders(SandboxSettings.defaults()), EnumSet.noneOf(SpecialCase.class),
                OrderChoice.of(DemoMarketplace.DE, BOOK));
        assertEquals("CAT-BOOK-001", book.at("/orderItems/0/product/sellerSku").asText());
        JsonNode tax = book.at("/orderItems/0/proceeds/breakdowns").findParents("type").stream()
                .filter(b -> "TAX".equals(b.path("type").asText())).findFirst().orElseThrow();
        assertEquals("1.96", tax.at("/detailedBreakdowns/0/value/amount").asText(), "7 % of 29.95 gross");
        assertEquals("ITEM", tax.at("/detailedBreakdowns/0/subtype").asText());
    }
}

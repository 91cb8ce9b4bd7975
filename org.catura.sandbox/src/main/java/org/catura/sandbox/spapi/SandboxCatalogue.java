package org.catura.sandbox.spapi;

import java.math.BigDecimal;
import java.util.List;
import org.catura.sandbox.demo.DemoProduct;

/**
 * The demo shop's products as the sandbox sells them. A copy of the ERP demo master data's SKUs
 * (the sandbox must not depend on the ERP bundle): keep the two lists in step.
 */
public final class SandboxCatalogue {

    public static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("CAT-MUG-001", "Katzenbecher \"Schnurrli\" 330 ml", new BigDecimal("12.90")),
            new DemoProduct("CAT-MUG-002", "Katzenbecher \"Miez\" 450 ml", new BigDecimal("14.90")),
            new DemoProduct("CAT-MUG-003", "Emaillebecher Katze 300 ml", new BigDecimal("16.50")),
            new DemoProduct("CAT-TEE-001", "T-Shirt Katze Baumwolle M", new BigDecimal("19.99")),
            new DemoProduct("CAT-TEE-002", "T-Shirt Katze Baumwolle L", new BigDecimal("19.99")),
            new DemoProduct("CAT-BAG-001", "Jutebeutel Katzenmotiv", new BigDecimal("9.90")),
            new DemoProduct("CAT-PST-001", "Poster Katzen A2", new BigDecimal("24.50")),
            new DemoProduct("CAT-TOY-001", "Spielmaus Filz 3er-Set", new BigDecimal("7.49")));

    private SandboxCatalogue() {
    }
}

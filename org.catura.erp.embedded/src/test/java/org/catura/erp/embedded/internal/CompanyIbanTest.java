package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.junit.jupiter.api.Test;

/** The company's bank account is checked before it is stored: a mistyped IBAN would reach every invoice. */
class CompanyIbanTest extends ErpTestBase {

    private static final Location BERLIN = new Location("Hauptstr. 1", null, null, null, "Berlin", "10115", null,
            "DE");

    @Override
    boolean seedDemo() {
        return false;
    }

    @Test
    void aValidIbanWithSpacesIsStoredCompact() {
        Company saved = tx(t -> erp.company().save(t, company("DE89 3704 0044 0532 0130 00", "COBADEFFXXX")));
        assertEquals("DE89370400440532013000", saved.iban());
        assertTrue(Iban.problem("GB82 WEST 1234 5698 7654 32").isEmpty());
    }

    @Test
    void anIbanWithAWrongCheckDigitIsRefusedAndTheStoredOneStays() {
        tx(t -> erp.company().save(t, company("DE89370400440532013000", null)));
        ErpException e = assertThrows(ErpException.class,
                () -> tx(t -> erp.company().save(t, company("DE89 3704 0044 0532 0130 01", null))));
        assertEquals("IBAN 'DE89 3704 0044 0532 0130 01' has wrong check digits (a typo?); copy it from the bank "
                + "statement", e.getMessage());
        assertEquals("DE89370400440532013000", tx(t -> erp.company().get(t)).orElseThrow().iban());
        ErpException shape = assertThrows(ErpException.class,
                () -> tx(t -> erp.company().save(t, company("12345", null))));
        assertTrue(shape.getMessage().startsWith("IBAN '12345' is not an IBAN"), shape.getMessage());
        ErpException bic = assertThrows(ErpException.class,
                () -> tx(t -> erp.company().save(t, company("DE89370400440532013000", "COBA"))));
        assertTrue(bic.getMessage().startsWith("BIC 'COBA' is not a BIC"), bic.getMessage());
    }

    private static Company company(String iban, String bic) {
        return new Company("Catura Handel GmbH", BERLIN, "DE123456789", "30/123/45678", iban, bic, "Commerzbank",
                false);
    }
}

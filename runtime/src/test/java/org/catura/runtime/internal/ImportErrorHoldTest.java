package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Hashtable;
import org.junit.jupiter.api.Test;

/** The run configuration's {@code amazon.importErrorHoldHours}: how long an order that cannot be imported holds the import. */
class ImportErrorHoldTest {

    @Test
    void withoutTheKeyAnImportErrorHoldsTheWatermarkADay() {
        RunConfiguration config = RunConfiguration.parse(RunConfigurationTlsTest.base(), "shop.properties");
        Hashtable<String, Object> amazon = config.amazon().toConfiguration();
        assertEquals(24, amazon.get("importErrorHoldHours"));
        assertArrayEquals(new String[0], (String[]) amazon.get("allowedHosts"));
    }

    @Test
    void theKeyReachesTheAmazonComponentAndANonsenseValueIsNamed() {
        RunConfiguration config = RunConfiguration.parse(RunConfigurationTlsTest.base("amazon.importErrorHoldHours",
                "6"), "shop.properties");
        assertEquals(6, config.amazon().toConfiguration().get("importErrorHoldHours"));
        UsageException e = assertThrows(UsageException.class, () -> RunConfiguration.parse(
                RunConfigurationTlsTest.base("amazon.importErrorHoldHours", "-1"), "shop.properties"));
        assertEquals("Bad value for 'amazon.importErrorHoldHours' in shop.properties: '-1' is not a whole number"
                + " from 0 to 720", e.getMessage());
    }

    @Test
    void theDemosSandboxHostComesOnTopOfTheConfiguredOnes() {
        AmazonSettings demo = new AmazonSettings(java.util.List.of("proxy.example.com"), 24).allowing(
                java.util.List.of("127.0.0.1:8443"));
        assertEquals(java.util.List.of("127.0.0.1:8443", "proxy.example.com"), demo.allowedHosts());
    }
}

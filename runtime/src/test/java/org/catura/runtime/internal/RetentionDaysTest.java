package org.catura.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import org.junit.jupiter.api.Test;

/** The run configuration's {@code retention.days}: how long buyer data is kept after shipment or cancellation. */
class RetentionDaysTest {

    @Test
    void withoutTheKeyBuyerDataIsKeptThirtyDaysAndTheRetentionWaitsForBothPluginsHolders() {
        RunConfiguration config = RunConfiguration.parse(RunConfigurationTlsTest.base(), "shop.properties");
        assertEquals(30, config.retentionDays());
        Hashtable<String, Object> retention = RunConfiguration.retentionConfiguration(config.retentionDays());
        assertEquals(30, retention.get("days"));
        assertEquals(2, retention.get("holders.cardinality.minimum"), "the Amazon import's and the tickets'");
    }

    @Test
    void theKeySetsTheWindowAndANonsenseValueIsNamed() {
        assertEquals(90, RunConfiguration.parse(RunConfigurationTlsTest.base("retention.days", "90"),
                "shop.properties").retentionDays());
        UsageException e = assertThrows(UsageException.class, () -> RunConfiguration.parse(
                RunConfigurationTlsTest.base("retention.days", "0"), "shop.properties"));
        assertEquals("Bad value for 'retention.days' in shop.properties: '0' is not a whole number from 1 to 3650",
                e.getMessage());
        UsageException typo = assertThrows(UsageException.class, () -> RunConfiguration.parse(
                RunConfigurationTlsTest.base("retention.day", "30"), "shop.properties"));
        assertTrue(typo.getMessage().contains("did you mean 'retention.days'?"), typo.getMessage());
    }
}

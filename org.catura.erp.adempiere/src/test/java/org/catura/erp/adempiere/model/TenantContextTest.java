package org.catura.erp.adempiere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.ErpException;
import org.catura.erp.adempiere.mapping.ErpContext;
import org.catura.erp.adempiere.mapping.StockSql;
import org.compiere.util.Env;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On the ERP's own org.compiere.util.Env, which needs no database for its context. */
class TenantContextTest {

    private static final ErpContext TENANT = new ErpContext(1000000, 1000001, 1000002, 1000003, "de_DE");
    private Properties saved;

    @BeforeEach
    void callerHasAContextOfItsOwn() {
        saved = new Properties();
        saved.putAll(Env.getCtx());
        Properties caller = new Properties();
        caller.setProperty("#AD_Client_ID", "11");
        caller.setProperty("#Caller", "web session");
        Env.setCtx(caller);
    }

    @AfterEach
    void restore() {
        Env.setCtx(saved);
    }

    @Test
    void aPortCallRunsInTheTenantsEnvContextAndTheCallersComesBack() {
        Properties seen = new Properties();
        Charges charges = new TenantContext(new TenantSettings(new ErpSettings(TENANT, 0, 0, "A", StockSql.IDEMPIERE),
                new ConfiguredValues())).around(Charges.class, settings -> (tx, name) -> {
                    seen.putAll(Env.getCtx());
                    return Optional.<Charge>empty();
                });
        charges.findByName(null, "Shipping");

        assertEquals("1000000", seen.getProperty("#AD_Client_ID"));
        assertEquals("1000001", seen.getProperty("#AD_Org_ID"));
        assertEquals("1000002", seen.getProperty("#AD_User_ID"));
        assertEquals("de_DE", seen.getProperty("#AD_Language"));
        assertEquals(null, seen.getProperty("#Caller"), "nothing of the caller's context leaks in");
        assertEquals("11", Env.getCtx().getProperty("#AD_Client_ID"));
        assertEquals("web session", Env.getCtx().getProperty("#Caller"));
    }

    @Test
    void theCallersContextComesBackWhenTheCallFailsAndTheErrorIsTheErpsOwn() {
        AdempiereErp erp = new AdempiereErp(new ErpSettings(TENANT, 0, 0, "A", StockSql.IDEMPIERE));
        ErpException e = assertThrows(ErpException.class, () -> erp.charges().findByName(null, "Shipping"));
        assertTrue(e.getMessage().contains("is not an ERP transaction"), e.getMessage());
        assertEquals("11", Env.getCtx().getProperty("#AD_Client_ID"));
        assertEquals("web session", Env.getCtx().getProperty("#Caller"));
    }

    @Test
    void eachCallRunsInTheContextAndWithTheSettingsOfItsTransactionsTenant() {
        ConfiguredValues sysConfig = new ConfiguredValues()
                .set(1000000, TenantSettings.ORG, "1000001").set(1000000, TenantSettings.ORDER_DOCTYPE, "132")
                .set(1000042, TenantSettings.ORG, "1000050").set(1000042, TenantSettings.USER, "1000051")
                .set(1000042, TenantSettings.ROLE, "1000052").set(1000042, TenantSettings.LANGUAGE, "fr_FR")
                .set(1000042, TenantSettings.ORDER_DOCTYPE, "1000053")
                .set(1000042, TenantSettings.BANK_ACCOUNT, "1000054").set(1000042, TenantSettings.TENDER_TYPE, "K");
        ErpSettings configured = new ErpSettings(new ErpContext(1000000, 0, 100, 0, "de_DE"), 0, 7, "A",
                StockSql.IDEMPIERE);
        Map<Integer, Properties> contexts = new HashMap<>();
        Map<Integer, ErpSettings> settingsSeen = new HashMap<>();
        Charges charges = new TenantContext(new TenantSettings(configured, sysConfig)).around(Charges.class,
                settings -> (tx, name) -> {
                    Properties ctx = new Properties();
                    ctx.putAll(Env.getCtx());
                    contexts.put(tx.clientId(), ctx);
                    settingsSeen.put(tx.clientId(), settings);
                    return Optional.<Charge>empty();
                });

        charges.findByName(tx(1000000), "Shipping");
        charges.findByName(tx(1000042), "Shipping");

        Properties standalone = contexts.get(1000000);
        assertEquals("1000000", standalone.getProperty("#AD_Client_ID"));
        assertEquals("1000001", standalone.getProperty("#AD_Org_ID"));
        assertEquals("100", standalone.getProperty("#AD_User_ID"), "not in AD_SysConfig: the configured user");
        assertEquals("de_DE", standalone.getProperty("#AD_Language"));
        assertEquals(132, settingsSeen.get(1000000).orderDocTypeId());
        assertEquals(7, settingsSeen.get(1000000).bankAccountId(), "not in AD_SysConfig: the configured account");
        assertEquals("A", settingsSeen.get(1000000).tenderType());

        Properties other = contexts.get(1000042);
        assertEquals("1000042", other.getProperty("#AD_Client_ID"));
        assertEquals("1000050", other.getProperty("#AD_Org_ID"));
        assertEquals("1000051", other.getProperty("#AD_User_ID"));
        assertEquals("1000052", other.getProperty("#AD_Role_ID"));
        assertEquals("fr_FR", other.getProperty("#AD_Language"));
        assertEquals(new ErpContext(1000042, 1000050, 1000051, 1000052, "fr_FR"), settingsSeen.get(1000042).context());
        assertEquals(1000053, settingsSeen.get(1000042).orderDocTypeId());
        assertEquals(1000054, settingsSeen.get(1000042).bankAccountId());
        assertEquals("K", settingsSeen.get(1000042).tenderType());
        assertEquals("11", Env.getCtx().getProperty("#AD_Client_ID"), "the caller's context is back");
    }

    @Test
    void aTenantWhoseSettingsAreNotUsableIsRefusedWithWhereToCorrectThem() {
        ConfiguredValues sysConfig = new ConfiguredValues().set(1000042, TenantSettings.ORG, "-5");
        TenantSettings tenants = new TenantSettings(new ErpSettings(TENANT, 0, 0, "A", StockSql.IDEMPIERE), sysConfig);
        ErpException e = assertThrows(ErpException.class, () -> tenants.of(1000042));
        assertTrue(e.getMessage().contains("tenant 1000042") && e.getMessage().contains("System Configurator"),
                e.getMessage());
    }

    /** A transaction that is only its tenant. */
    private static Tx tx(int clientId) {
        return new Tx() {
            @Override
            public Connection connection() {
                throw new UnsupportedOperationException("no SQL in this test");
            }

            @Override
            public String name() {
                return "test-" + clientId;
            }

            @Override
            public void afterCommit(Runnable action) {
                throw new UnsupportedOperationException("no commit in this test");
            }

            @Override
            public int clientId() {
                return clientId;
            }
        };
    }

    /** AD_SysConfig as MSysConfig answers it: a tenant's value, else the fallback. */
    private static final class ConfiguredValues implements SysConfigValues {
        private final Map<String, String> values = new HashMap<>();

        ConfiguredValues set(int clientId, String name, String value) {
            values.put(clientId + "/" + name, value);
            return this;
        }

        @Override
        public int intValue(String name, int fallback, int clientId) {
            String v = values.get(clientId + "/" + name);
            return v == null ? fallback : Integer.parseInt(v);
        }

        @Override
        public String value(String name, String fallback, int clientId) {
            return values.getOrDefault(clientId + "/" + name, fallback);
        }
    }

    @Test
    void everyPartOfThePortIsWrapped() {
        AdempiereErp erp = new AdempiereErp(new ErpSettings(TENANT, 0, 0, "A", StockSql.IDEMPIERE));
        for (Object part : new Object[] {erp.businessPartners(), erp.products(), erp.taxes(), erp.charges(),
                erp.salesOrders(), erp.shipments(), erp.invoices(), erp.payments(), erp.company()}) {
            assertTrue(java.lang.reflect.Proxy.isProxyClass(part.getClass()), part.getClass().getName());
        }
    }
}

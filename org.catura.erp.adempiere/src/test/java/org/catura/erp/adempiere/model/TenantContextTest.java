package org.catura.erp.adempiere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
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
        Charges charges = new TenantContext(TENANT).around(Charges.class, (tx, name) -> {
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
    void everyPartOfThePortIsWrapped() {
        AdempiereErp erp = new AdempiereErp(new ErpSettings(TENANT, 0, 0, "A", StockSql.IDEMPIERE));
        for (Object part : new Object[] {erp.businessPartners(), erp.products(), erp.taxes(), erp.charges(),
                erp.salesOrders(), erp.shipments(), erp.invoices(), erp.payments(), erp.company()}) {
            assertTrue(java.lang.reflect.Proxy.isProxyClass(part.getClass()), part.getClass().getName());
        }
    }
}

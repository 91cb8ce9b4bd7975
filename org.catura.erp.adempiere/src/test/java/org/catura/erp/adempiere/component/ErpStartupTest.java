package org.catura.erp.adempiere.component;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Erp;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

/**
 * The ERP components activate before Adempiere.startup() has opened the database and must
 * publish their service once it opens; here the database is org.compiere.util.DB itself, which
 * outside a server is not connected, or a switch standing in for Adempiere.startup().
 */
class ErpStartupTest {

    private static final Duration FIRST = Duration.ofMillis(5);
    private static final Duration MAX = Duration.ofMillis(40);

    @Test
    void theErpComponentActivatesWhileTheErpDatabaseIsClosedAndSaysItIsWaiting() {
        // Before issue 11 the constructor threw IllegalStateException ("DB.isConnected() is false").
        List<String> calls = new CopyOnWriteArrayList<>();
        AdempiereErpComponent component = assertDoesNotThrow(
                () -> new AdempiereErpComponent(config(1000000), recordingBundle(calls)));
        try {
            assertEquals("Catura ERP port (catura.erp=adempiere): " + ErpStartup.WAITING, component.toString());
            assertEquals(List.of(), calls, "nothing registered while DB.isConnected() is false");
        } finally {
            component.deactivate();
        }
    }

    @Test
    void theDatabaseComponentActivatesWhileTheErpDatabaseIsClosedAndSaysItIsWaiting() {
        List<String> calls = new CopyOnWriteArrayList<>();
        AdempiereDatabaseComponent component = assertDoesNotThrow(
                () -> new AdempiereDatabaseComponent(recordingBundle(calls)));
        try {
            assertEquals("Catura database on the ERP's connections (catura.database=adempiere): "
                    + "waiting for the iDempiere database (Adempiere.startup has not run)", component.toString());
            assertEquals(List.of(), calls);
        } finally {
            component.deactivate();
        }
    }

    @Test
    void theErpServiceAppearsOnceTheDatabaseOpensAfterActivation() throws InterruptedException {
        AtomicBoolean open = new AtomicBoolean(false);
        Erp erp = proxy(Erp.class);
        List<Erp> registered = new CopyOnWriteArrayList<>();
        List<Erp> unregistered = new CopyOnWriteArrayList<>();
        AdempiereErpComponent component = new AdempiereErpComponent(config(1000000), open::get, () -> 0, (c, t) -> erp,
                e -> {
                    registered.add(e);
                    return () -> unregistered.add(e);
                }, FIRST, MAX);
        Thread.sleep(100); // several polls with the database closed
        assertEquals(List.of(), registered);
        assertTrue(component.toString().endsWith(ErpStartup.WAITING), component.toString());

        open.set(true); // Adempiere.startup() has run
        awaitState(component::toString, "started");
        assertEquals(List.of(erp), registered, "registered exactly once");

        component.deactivate();
        assertEquals(List.of(erp), unregistered, "deactivation unregisters the port");
    }

    @Test
    void theDatabaseServiceAppearsOnceTheDatabaseOpens() throws InterruptedException {
        AtomicBoolean open = new AtomicBoolean(false);
        List<Database> registered = new CopyOnWriteArrayList<>();
        AdempiereDatabaseComponent component = new AdempiereDatabaseComponent(open::get, d -> {
            registered.add(d);
            return () -> { };
        }, FIRST, MAX);
        Thread.sleep(50);
        assertEquals(List.of(), registered);
        open.set(true);
        awaitState(component::toString, "started");
        assertEquals(1, registered.size());
        component.deactivate();
    }

    @Test
    void aFailureWhileCreatingThePortIsTheComponentsStateAndNoRetry() throws InterruptedException {
        AdempiereErpComponent component = new AdempiereErpComponent(config(1000000), () -> true, () -> 0, (c, t) -> {
            throw new IllegalStateException("no M_Warehouse for AD_Client_ID 1000000");
        }, e -> () -> { }, FIRST, MAX);
        awaitState(component::toString, "failed: no M_Warehouse for AD_Client_ID 1000000");
        component.deactivate();
    }

    @Test
    void withoutAConfiguredTenantThePortWaitsForCaturaClientIdInSysConfigAndSaysSo() throws InterruptedException {
        // Before: clientId 0 failed the activation, and iDempiere has no folder to configure it in.
        AtomicInteger sysConfig = new AtomicInteger(0);
        List<Integer> createdFor = new CopyOnWriteArrayList<>();
        AdempiereErpComponent component = new AdempiereErpComponent(config(0), () -> true, sysConfig::get,
                (c, clientId) -> {
                    createdFor.add(clientId);
                    return proxy(Erp.class);
                }, e -> () -> { }, FIRST, MAX);
        try {
            awaitState(component::toString, "waiting for the node's tenant: set CATURA_CLIENT_ID (System) in the"
                    + " System Configurator window, or clientId in configuration org.catura.erp.adempiere");
            assertEquals(List.of(), createdFor);

            sysConfig.set(1000042); // the administrator sets it; no restart
            awaitState(component::toString, "started");
            assertEquals(List.of(1000042), createdFor);
        } finally {
            component.deactivate();
        }
    }

    @Test
    void aNegativeTenantIsStillRefusedAtActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AdempiereErpComponent(config(-1), () -> false, () -> 0, (c, t) -> proxy(Erp.class),
                        x -> () -> { }, FIRST, MAX));
        assertTrue(e.getMessage().contains("set clientId in configuration org.catura.erp.adempiere"), e.getMessage());
    }

    @Test
    void thePollBacksOffFromTheFirstDelayToTheMaximum() throws InterruptedException {
        List<Long> checks = new CopyOnWriteArrayList<>();
        try (ErpStartup startup = new ErpStartup("test", () -> {
            checks.add(System.nanoTime());
            return false;
        }, () -> () -> { }, org.slf4j.LoggerFactory.getLogger(ErpStartupTest.class), Duration.ofMillis(20),
                Duration.ofMillis(80)).start()) {
            Thread.sleep(600);
            assertEquals(ErpStartup.WAITING, startup.state());
        }
        // 0, 20, 60, 140, 220, 300 … ms: doubling, then every 80 ms; never a busy loop.
        assertTrue(checks.size() >= 5 && checks.size() <= 10, checks.size() + " checks in 600 ms");
        long lastGap = (checks.get(checks.size() - 1) - checks.get(checks.size() - 2)) / 1_000_000;
        assertTrue(lastGap >= 75, "last gap " + lastGap + " ms is the maximum delay");
    }

    private static void awaitState(java.util.function.Supplier<String> state, String expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!state.get().endsWith(expected) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(state.get().endsWith(expected), state.get());
    }

    /** Records every call: the components must not touch the framework while they wait. */
    private static BundleContext recordingBundle(List<String> calls) {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                    calls.add(m.getName());
                    return null;
                });
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    private static ErpConfig config(int clientId) {
        return new ErpConfig() {
            @Override public Class<? extends Annotation> annotationType() { return ErpConfig.class; }
            @Override public int clientId() { return clientId; }
            @Override public int orgId() { return 0; }
            @Override public int userId() { return 100; }
            @Override public int roleId() { return 0; }
            @Override public String language() { return "en_US"; }
            @Override public int orderDocTypeId() { return 0; }
            @Override public int bankAccountId() { return 0; }
            @Override public String tenderType() { return "A"; }
        };
    }
}

package org.catura.runtime.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.catura.sandbox.carrier.DhlParcelDeSandbox;
import org.catura.sandbox.carrier.DhlSandboxSettings;
import org.catura.sandbox.carrier.FulfilmentPartnerSettings;
import org.catura.sandbox.carrier.FulfilmentPartnerSimulator;
import org.catura.shipping.api.CarrierCatalogue;
import org.catura.shipping.api.CatalogueImport;

/**
 * The demo's carriers: DHL (the local DHL Parcel DE sandbox, from the main warehouse) and a
 * fulfilment partner (the carrier simulator, shipping bulky and next-day orders from its own 3PL
 * stock, by SFTP both ways), imported into the catalogue on every start, since their ports change.
 */
final class DemoCarriers implements AutoCloseable {

    /** The product reads the simulator's return folder this often in the demo (a merchant's default: 60 s). */
    static final long RETURN_POLL_SECONDS = 2;
    private static final String RETURNS_PID = "org.catura.shipping.returns";

    private static final JsonStringEncoder JSON = JsonStringEncoder.getInstance();

    private final DhlParcelDeSandbox dhl;
    private final FulfilmentPartnerSimulator partner;

    private DemoCarriers(DhlParcelDeSandbox dhl, FulfilmentPartnerSimulator partner) {
        this.dhl = dhl;
        this.partner = partner;
    }

    /**
     * Starts both stand-ins. The partner keeps its folder (and so its host key, which the
     * catalogue pins) under {@code dataFolder}; faults are drawn from {@code seed} with
     * {@code faultShare} each for late (by {@code lateBy}), garbled and duplicate answers and for
     * numbers replaced later.
     */
    static DemoCarriers start(Path dataFolder, long seed, double faultShare, Duration lateBy) {
        DhlParcelDeSandbox dhl = null;
        try {
            dhl = new DhlParcelDeSandbox(DhlSandboxSettings.defaults().withFaults(seed, 0, 0, 0)).start();
            FulfilmentPartnerSettings settings = FulfilmentPartnerSettings.defaults()
                    .withWorkDir(dataFolder.resolve("fulfilment-partner"))
                    .withFaults(seed, faultShare, faultShare, faultShare, faultShare)
                    .withDelays(Duration.ofSeconds(3), lateBy, Duration.ofSeconds(8));
            return new DemoCarriers(dhl, FulfilmentPartnerSimulator.start(settings));
        } catch (IOException e) {
            if (dhl != null) {
                dhl.close();
            }
            throw new UncheckedIOException("Cannot start the demo's carrier sandboxes: " + e.getMessage(), e);
        }
    }

    /** Points the demo carriers at this run's stand-ins and reads their return folders quickly. */
    CatalogueImport configure(Framework framework, Session session) {
        Hashtable<String, Object> returns = new Hashtable<>();
        returns.put("pollSeconds", RETURN_POLL_SECONDS);
        framework.configure(RETURNS_PID, returns);
        CarrierCatalogue catalogue = framework.await(CarrierCatalogue.class, Session.SERVICE_TIMEOUT);
        String json = catalogueJson();
        return session.database().inTransaction(tx -> catalogue.importJson(tx, new StringReader(json)));
    }

    String catalogueJson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dhlOrdersUrl", dhl.ordersUrl().toString());
        values.put("dhlUser", dhl.settings().user());
        values.put("dhlPassword", dhl.settings().password());
        values.put("dhlApiKey", dhl.settings().apiKey());
        values.put("partnerPort", Integer.toString(partner.sftpPort()));
        values.put("partnerUser", partner.sftpUser());
        values.put("partnerPassword", partner.sftpPassword());
        values.put("partnerHostKey", partner.hostKeyFingerprint());
        String json = template();
        for (Map.Entry<String, String> v : values.entrySet()) {
            json = json.replace("${" + v.getKey() + "}", new String(JSON.quoteAsString(v.getValue())));
        }
        return json;
    }

    String describe() {
        return "DHL sandbox at " + dhl.ordersUrl() + "; fulfilment partner (carrier simulator) at sftp://127.0.0.1:"
                + partner.sftpPort();
    }

    /**
     * Waits until the partner has sent every answer (late ones too: {@code --until-idle} makes them
     * only seconds late), the product has taken every file from its return folder, and the order
     * process has nothing left to do; at most {@code timeout}.
     */
    void awaitAnswers(Session session, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        partner.awaitIdle(timeout);
        while (System.nanoTime() < end && answersWaiting() > 0) {
            Thread.sleep(200);
        }
        Idle.waitFor(session);
    }

    /** Answer files the product has not taken yet (it moves a taken one to done/ or error/). */
    private long answersWaiting() {
        try (Stream<Path> files = Files.list(partner.returnFolder())) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String template() {
        try (InputStream in = DemoCarriers.class.getResourceAsStream("demo-carriers.json")) {
            if (in == null) {
                throw new IllegalStateException("demo-carriers.json is missing from the runtime bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            partner.close();
        } finally {
            dhl.close();
        }
    }
}

package org.catura.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * Resolves and launches the production feature's bundles, as the built p2 site holds them, on
 * what iDempiere 12-14 ships (Equinox 3.18.500, Felix SCR 2.2.6, equinox.cm/metatype, javax
 * servlet 4.0 in Jetty 12's ee8 environment, Jackson 2.15.4, gson 2.9.0, bcprov 1.81, slf4j
 * 2.0.12, PostgreSQL JDBC 42.7.8), with stand-ins for iDempiere's own bundles and the ERP
 * database closed as before Adempiere.startup(). Prints the bundles and components with their
 * states as it goes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LaunchesOnIdempierePlatformIT {

    /** The platform's own bundles start before iDempiere's and the plugins (p2.inf: 4). */
    private static final int SPI_FLY_LEVEL = 1;
    private static final int PLATFORM_LEVEL = 2;
    private static final int STAND_IN_LEVEL = 3;
    /** On two shared cores the ERP port's first check may take a while: its startup thread logs it. */
    private static final Duration FIRST_CHECK = Duration.ofSeconds(30);

    private LogCapture log;
    private IdempiereFramework framework;
    private List<FeatureBundle> feature;
    private int httpPort;

    @BeforeAll
    void launch() throws Exception {
        Path launchDir = Path.of(System.getProperty("launch.dir", "target/launch"));
        Path repository = Path.of(System.getProperty("p2.repository", "../p2-site/target/repository"));
        Path platformDir = Path.of(System.getProperty("platform.dir", "target/platform"));
        log = LogCapture.of("org.catura");
        jettyHome(launchDir.resolve("jettyhome"));

        feature = SiteFeature.bundles(repository);
        List<PlatformBundle> bundles = new ArrayList<>();
        for (Path jar : jars(platformDir)) {
            // the ServiceLoader mediator (SPI Fly on ASM) first, so it sees slf4j's and Jetty's bundles start
            String file = jar.getFileName().toString();
            boolean mediator = file.startsWith("org.apache.aries.spifly") || file.startsWith("asm");
            bundles.add(new PlatformBundle(jar, PlatformBundle.Origin.PLATFORM,
                    mediator ? SPI_FLY_LEVEL : PLATFORM_LEVEL, true));
        }
        for (Path jar : StandInBundles.build(launchDir.resolve("stand-ins"))) {
            bundles.add(new PlatformBundle(jar, PlatformBundle.Origin.STAND_IN, STAND_IN_LEVEL, true));
        }
        for (FeatureBundle plugin : feature) {
            bundles.add(new PlatformBundle(plugin.jar(), PlatformBundle.Origin.FEATURE,
                    plugin.startLevel().orElse(IdempiereFramework.PLUGIN_START_LEVEL), plugin.markStarted()));
        }

        bundles.add(new PlatformBundle(TwoPackProbeBundle.build(launchDir.resolve("probe")), PlatformBundle.Origin.PROBE,
                IdempiereFramework.PLUGIN_START_LEVEL, true));

        long started = System.nanoTime();
        framework = new IdempiereFramework(launchDir.resolve("framework"));
        framework.install(bundles);
        // No configuration for org.catura.erp.adempiere, as on a fresh server without a configuration folder:
        // the ports wait for the database, then for AD_SysConfig CATURA_CLIENT_ID.
        framework.start(context -> { });
        awaitErpPortsFirstCheck();
        System.out.printf("[launch] %d bundles installed and started to level %d in %d ms%n", bundles.size(),
                IdempiereFramework.BEGINNING_START_LEVEL, (System.nanoTime() - started) / 1_000_000);
        System.out.println(BundleTable.render(framework));
    }

    /** Both ERP components (Erp, Database) log their first look at the database on a thread of their own. */
    private void awaitErpPortsFirstCheck() throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_CHECK.toNanos();
        while (log.messages("org.catura.erp.adempiere").stream().filter(m -> m.contains("waiting")).count() < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // and DS has handled the last service events
    }

    @AfterAll
    void stop() throws Exception {
        if (framework != null) {
            framework.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    @Order(1)
    void everyBundleResolves() {
        List<String> unresolved = framework.installed().keySet().stream()
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + ": " + framework.startFailure(b))
                .toList();
        assertTrue(unresolved.isEmpty(), "Bundles left unresolved (INSTALLED) on iDempiere's platform:\n  "
                + String.join("\n  ", unresolved));
    }

    @Test
    @Order(2)
    void everyCaturaBundleIsActive() {
        List<String> notActive = framework.bundles(PlatformBundle.Origin.FEATURE).stream()
                .filter(b -> b.getSymbolicName().startsWith("org.catura."))
                .filter(b -> b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " is " + BundleTable.state(b)
                        + (framework.startFailure(b) == null ? "" : ": " + framework.startFailure(b)))
                .toList();
        assertTrue(notActive.isEmpty(), "Catura bundles not ACTIVE:\n  " + String.join("\n  ", notActive));
        long catura = feature.stream().filter(FeatureBundle::isCatura).count();
        assertEquals(catura, framework.bundles(PlatformBundle.Origin.FEATURE).stream()
                .filter(b -> b.getSymbolicName().startsWith("org.catura.")).count(),
                "every Catura plugin of the feature is launched");
    }

    @Test
    @Order(3)
    void everyComponentIsActiveOrWaitsForTheErpDatabaseWithAReason() {
        List<Bundle> catura = framework.bundles(PlatformBundle.Origin.FEATURE).stream()
                .filter(b -> b.getSymbolicName().startsWith("org.catura.")).toList();
        List<ComponentStates.State> states = new ComponentStates(
                framework.framework().getBundleContext(), log).of(catura);
        System.out.println(ComponentTable.render(states));

        assertFalse(states.isEmpty(), "no DS components found in the Catura bundles");
        List<String> wrong = states.stream().filter(s -> !s.acceptable())
                .map(s -> s.bundle() + " " + s.component() + " " + s.state() + ": " + s.reason()).toList();
        assertTrue(wrong.isEmpty(), "Components failed or waiting for something nothing provides:\n  "
                + String.join("\n  ", wrong));
        assertTrue(states.stream().anyMatch(s -> s.bundle().equals("org.catura.erp.adempiere")
                && s.state().equals("ACTIVE") && s.reason().contains("waiting for the iDempiere database")),
                "the ERP port is active and says it waits for the iDempiere database");
        assertTrue(framework.framework().getBundleContext()
                .getServiceReference("org.catura.core.api.erp.Erp") == null,
                "no Erp service while the database is closed");
    }

    @Test
    @Order(4)
    void every2PackIsFoundInVersionOrder() throws Exception {
        List<String> rows = new ArrayList<>();
        List<Bundle> withArchives = new ArrayList<>(framework.bundles(PlatformBundle.Origin.FEATURE));
        withArchives.addAll(framework.bundles(PlatformBundle.Origin.PROBE));
        for (Bundle bundle : withArchives) {
            List<String> archives = twoPacks(bundle);
            if (archives.isEmpty()) {
                continue;
            }
            ServiceReference<?>[] found = bundle.getBundleContext() == null ? null
                    : bundle.getBundleContext().getServiceReferences(
                            "org.adempiere.plugin.utils.Incremental2PackActivator", null);
            List<String> reported = found == null ? List.of() : Stream.of(found)
                    .filter(r -> r.getBundle().equals(bundle))
                    .flatMap(r -> Stream.of((String[]) r.getProperty("idempiere.2pack.found"))).toList();
            rows.add(String.format("  %-32s %s", bundle.getSymbolicName(), reported));
            assertEquals(archives, reported, bundle.getSymbolicName()
                    + ": its activator (extending Incremental2PackActivator) finds its 2Packs in version order");
        }
        System.out.println("2PACKS found by Incremental2PackActivator (applied once the server starts)\n"
                + String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains(TwoPackProbeBundle.NAME)
                && r.contains(TwoPackProbeBundle.ARCHIVES.toString())), "the probe's 2Packs, in version order");
    }

    @Test
    @Order(5)
    void theWebUiAnswersOverHttpInTheEe8Container() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + httpPort;
        // Jetty's deployer deploys web bundles on its own thread: wait until /catura is there
        HttpResponse<String> stylesheet = getUntilDeployed(http, base + "/catura/static/app.css");
        HttpResponse<String> cockpit = http.send(HttpRequest.newBuilder(URI.create(base + "/catura/")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("WEB UI (Jetty ee8 web bundle, Web-ContextPath /catura)%n  GET /catura/static/app.css -> %d %s,"
                + " %d bytes%n  GET /catura/ -> %d Retry-After %s: %s%n", stylesheet.statusCode(),
                stylesheet.headers().firstValue("Content-Type").orElse("?"), stylesheet.body().length(),
                cockpit.statusCode(), cockpit.headers().firstValue("Retry-After").orElse("-"),
                cockpit.body().strip());

        assertEquals(200, stylesheet.statusCode(), "the stylesheet, served by the bundle's StaticServlet through"
                + " the web bundle's entry servlet: " + stylesheet.body());
        assertTrue(stylesheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                "the stylesheet's content type");
        assertFalse(stylesheet.body().isBlank(), "the stylesheet's content");
        assertEquals(503, cockpit.statusCode(), "the pages wait for the ERP database: " + cockpit.body());
        assertTrue(cockpit.body().contains("waiting for the ERP database"), cockpit.body());
    }

    private static HttpResponse<String> getUntilDeployed(HttpClient http, String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response;
        do {
            try {
                response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 404) {
                    return response;
                }
            } catch (IOException e) {
                response = null; // the connector is not up yet
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No web application at " + url + " within 30 s" + (response == null
                ? " (no connection)" : ": " + response.statusCode() + " " + response.body())
                + "; Jetty's OSGi deployer did not deploy org.catura.webui (see the log above)");
    }

    private static List<String> twoPacks(Bundle bundle) {
        Enumeration<java.net.URL> entries = bundle.findEntries("/META-INF", "2Pack_*.zip", false);
        if (entries == null) {
            return List.of();
        }
        return Collections.list(entries).stream()
                .map(u -> u.getPath().substring(u.getPath().lastIndexOf('/') + 1))
                .sorted((a, b) -> Version.parseVersion(version(a)).compareTo(Version.parseVersion(version(b))))
                .toList();
    }

    private static String version(String archive) {
        String v = archive.substring("2Pack_".length(), archive.length() - ".zip".length());
        return v.contains("_") ? v.substring(0, v.indexOf('_')) : v;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Jetty's OSGi support reads jetty.home and the etc files from system properties, as on the server. */
    private void jettyHome(Path home) throws IOException {
        Files.createDirectories(home.resolve("etc"));
        for (String file : List.of("jetty.xml", "jetty-http.xml")) {
            try (InputStream in = getClass().getResourceAsStream("/jettyhome/etc/" + file)) {
                Files.copy(in, home.resolve("etc").resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            httpPort = socket.getLocalPort();
        }
        System.setProperty("jetty.home", home.toString());
        System.setProperty("jetty.base", home.toString());
        System.setProperty("jetty.etc.config.urls", "etc/jetty.xml,etc/jetty-http.xml");
        System.setProperty("jetty.http.host", "127.0.0.1");
        System.setProperty("jetty.http.port", Integer.toString(httpPort));
    }
}

package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.servlet.Servlet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.catura.webui.internal.rest.ApiServlet;
import org.catura.webui.internal.web.PagesServlet;
import org.catura.webui.internal.web.RootServlet;
import org.catura.webui.internal.web.StaticServlet;
import org.catura.webui.internal.webbundle.EntryServlet;
import org.eclipse.jetty.ee8.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundle as iDempiere's Jetty serves it: its real {@code WEB-INF/web.xml} in a Jetty 12 ee8 {@link WebAppContext}
 * at the bundle's {@code Web-ContextPath}, the {@link BundleContext} of a running Equinox (iDempiere's 3.18.500) in
 * the servlet context attribute Jetty's OSGi deployer sets, and the Catura servlets registered in that framework with
 * the properties their DS components declare (read from the descriptions bnd wrote), as the components do once the
 * ERP database is there.
 */
class WebBundleTest {

    private static final String CONTEXT_PATH = "/catura";

    @TempDir
    Path storage;

    Site site;
    Framework framework;
    Server server;
    String url;

    @BeforeEach
    void deploy() throws Exception {
        site = new Site();
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        server = new Server(0);
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath(CONTEXT_PATH);
        webapp.setBaseResourceAsPath(Path.of("target/classes"));
        webapp.setParentLoaderPriority(true);
        webapp.setAttribute(EntryServlet.BUNDLE_CONTEXT, framework.getBundleContext());
        server.setHandler(webapp);
        server.start();
        url = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void undeploy() throws Exception {
        server.stop();
        framework.stop();
        framework.waitForStop(10_000);
        site.close();
    }

    @Test
    void whileNoCaturaServletIsRegisteredEveryPathAnswers503SayingItWaitsForTheErpDatabase() throws Exception {
        for (String path : List.of("/catura/", "/catura/login", "/catura/api/me", "/catura/static/app.css")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path)).GET());
            assertEquals(503, r.statusCode(), path);
            assertTrue(r.body().contains("The Catura web UI is waiting for the ERP database"), r.body());
            assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow()
                    .toLowerCase().replace(" ", ""), path);
        }
    }

    @Test
    void thePagesTheApiAndTheStaticFilesAnswerThroughTheEntryServletWithTheStandaloneLinksAndCookies()
            throws Exception {
        registerAsTheComponentsDo();
        Client clerk = new Client(url);
        HttpResponse<String> away = clerk.get("/catura/queue");
        assertEquals(302, away.statusCode());
        assertEquals("/catura/login?next=%2Fcatura%2Fqueue", away.headers().firstValue("Location").orElseThrow()
                .replace(url, ""), "the redirect the standalone whiteboard gives");
        HttpResponse<String> signedIn = clerk.login("ada", Site.PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("catura_session=") && c.contains("Path=/;")), signedIn.headers().map()
                .toString());
        String cockpit = clerk.get("/catura/").body();
        assertTrue(cockpit.contains("href=\"/catura/static/app.css\""), cockpit);
        assertTrue(cockpit.contains("href=\"/catura/queue\""), cockpit);

        HttpResponse<String> css = clerk.get("/catura/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));

        HttpResponse<String> me = clerk.get("/catura/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"ada\""), me.body());
        assertEquals(404, clerk.get("/catura/nothing-here").statusCode());
    }

    @Test
    void anAdminUploadsTheLogoAsMultipartThroughTheEntryServlet() throws Exception {
        registerAsTheComponentsDo();
        Client admin = new Client(url);
        assertEquals(302, admin.login("ada", Site.PASSWORD).statusCode());
        HttpResponse<String> notAnImage = admin.multipart("/catura/company/logo", "logo", "logo.txt",
                "text/plain", "no image".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notAnImage.statusCode(), notAnImage.body());
        assertTrue(notAnImage.body().contains("neither a PNG nor a JPEG"), "the part arrived and was read: "
                + notAnImage.body());
    }

    @Test
    void theRootRedirectIsNotMountedAndThePagesAnswer503UntilTheirServletArrivesAndAfterItLeaves()
            throws Exception {
        // The static files and the root redirect need nothing: their components register at once.
        register("StaticComponent", new StaticServlet());
        register("RootComponent", new RootServlet());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(url + "/catura/static/htmx.min.js")).GET())
                .statusCode());
        assertEquals(503, send(HttpRequest.newBuilder(URI.create(url + "/catura/")).GET()).statusCode(),
                "the root redirect must not take the pages' paths");
        ServiceRegistration<Servlet> pages = register("PagesComponent", new PagesServlet(site.app));
        assertEquals(302, send(HttpRequest.newBuilder(URI.create(url + "/catura/")).GET()).statusCode(),
                "to the sign-in");
        pages.unregister();
        assertEquals(503, send(HttpRequest.newBuilder(URI.create(url + "/catura/")).GET()).statusCode());
    }

    private void registerAsTheComponentsDo() throws Exception {
        register("PagesComponent", new PagesServlet(site.app));
        register("ApiComponent", new ApiServlet(site.app));
        register("StaticComponent", new StaticServlet());
        register("RootComponent", new RootServlet());
    }

    private ServiceRegistration<Servlet> register(String component, Servlet servlet) throws Exception {
        return framework.getBundleContext().registerService(Servlet.class, servlet, properties(component));
    }

    /** The service properties of the component, from the description bnd wrote for DS. */
    private static Dictionary<String, Object> properties(String component) throws Exception {
        String name = "OSGI-INF/org.catura.webui.internal.osgi." + component + ".xml";
        try (InputStream in = WebBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing: bnd writes it when it processes the classes");
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("property");
            Dictionary<String, Object> out = new Hashtable<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String value = e.getAttribute("value");
                out.put(e.getAttribute("name"), switch (e.getAttribute("type")) {
                    case "Long" -> Long.valueOf(value);
                    case "Integer" -> Integer.valueOf(value);
                    case "Boolean" -> Boolean.valueOf(value);
                    default -> value;
                });
            }
            return out;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

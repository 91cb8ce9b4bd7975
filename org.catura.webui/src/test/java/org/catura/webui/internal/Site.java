package org.catura.webui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.internal.process.ProcessEngine;
import org.catura.core.internal.process.ProcessStore;
import org.catura.core.internal.station.release.ReleaseStation;
import org.catura.core.internal.release.RuleStore;
import org.catura.core.internal.station.customer.CustomerStation;
import org.catura.core.internal.station.delivery.DeliveryNoteStation;
import org.catura.core.internal.station.salesorder.SalesOrderStation;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.ticket.internal.ManualQueueDesk;
import org.catura.ticket.internal.QueueWatcher;
import org.catura.ticket.internal.TicketSchema;
import org.catura.ticket.internal.TicketSettings;
import org.catura.ticket.internal.TicketStore;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.testing.EngineDriver;
import org.catura.testing.TestDatabase;
import org.catura.testing.TestOrder;
import org.catura.webui.api.Role;
import org.catura.webui.internal.auth.AuthSettings;
import org.catura.webui.internal.auth.PasswordHasher;
import org.catura.webui.internal.auth.UserStore;
import org.catura.webui.internal.db.WebUiSchema;
import org.catura.webui.internal.pages.ChannelPages;
import org.catura.webui.internal.rest.ApiServlet;
import org.catura.webui.internal.web.PagesServlet;
import org.catura.webui.internal.web.Services;
import org.catura.webui.internal.web.StaticServlet;
import org.catura.webui.internal.web.WebApp;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web UI as a test meets it: a database of its own with the core, ERP (demo catalogue), ticket
 * and web UI tables, copied from a template prepared once per test JVM; core's real stations (customer, sales order, release rules, delivery note)
 * on the embedded ERP; the ticket plugin's queue desk; and the same servlets the whiteboard
 * serves, sharing one {@link WebApp} with the channel settings pages added as the web extension
 * they are, in an embedded Jetty 12 on a free port. Users: clara and carl (clerks), sue
 * (supervisor), ada (admin), all with password {@link #PASSWORD}.
 */
public final class Site implements AutoCloseable {

    public static final String PASSWORD = "correct horse 1";

    final TestDatabase database;
    final Database db;
    final Erp erp;
    final ProcessEngine engine;
    final ProcessStore process;
    final EngineDriver driver;
    final RuleStore rules;
    final TicketSettings ticketSettings = TicketSettings.defaults();
    final TicketStore tickets = new TicketStore(ticketSettings);
    final ManualQueueDesk queue;
    final UserStore users;
    final List<ChannelSettings> channels = new ArrayList<>();
    /** The Amazon import the pages see; none unless a test sets one. */
    final java.util.concurrent.atomic.AtomicReference<org.catura.amazon.plugin.api.AmazonImports> imports =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Shipping as the pages see it; none unless a test sets one. */
    final java.util.concurrent.atomic.AtomicReference<org.catura.webui.api.extension.OrderShippingSource> shipping =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** The one app both servlets share, as in the runtime; tests add and remove extensions on it. */
    final WebApp app;
    final Server server;
    final String url;
    private final AtomicInteger sequence = new AtomicInteger();

    /** Sign-in limits high enough for suites that sign in many times from 127.0.0.1. */
    public Site() throws Exception {
        this(new AuthSettings(Duration.ofHours(1), 5, Duration.ofMinutes(5), false, 4, 10_000, Duration.ofMinutes(5),
                10_000, Duration.ofMinutes(1)));
    }

    public Site(AuthSettings auth) throws Exception {
        database = TestDatabase.prepared("webui-demo-catalogue", d -> {
            new ErpComponent(d);
            d.inTransaction(tx -> new MasterData().seedDemo(tx));
            TicketSchema.migrate(d);
            WebUiSchema.migrate(d);
        });
        db = database.database();
        erp = new ErpComponent(db);
        rules = new RuleStore(erp.recordIds());
        engine = new ProcessEngine(db, new ProcessSettings(2, Duration.ofMillis(5), Duration.ofMillis(5), 20,
                Duration.ofMinutes(1), Duration.ofMillis(20)), "web-test", 1);
        engine.addStation(new CustomerStation(erp));
        engine.addStation(new SalesOrderStation(erp));
        engine.addStation(new ReleaseStation(erp));
        engine.addStation(new DeliveryNoteStation(erp));
        process = new ProcessStore(engine::workStates, null,
                new org.catura.core.internal.process.ProcessRows(new org.catura.core.internal.process.ProcessListeners()),
                engine::workers);
        driver = new EngineDriver(db, engine, process).withBounds(500, Duration.ofSeconds(30));
        queue = new ManualQueueDesk(process, erp, ticketSettings);
        // bcrypt cost 4 keeps the tests fast; production uses 12 (see WebUiConfig).
        PasswordHasher hasher = new PasswordHasher(4);
        users = new UserStore(db, hasher);
        users.create("clara", "Clara Clerk", Role.CLERK, PASSWORD);
        users.create("carl", "Carl Clerk", Role.CLERK, PASSWORD);
        users.create("sue", "Sue Supervisor", Role.SUPERVISOR, PASSWORD);
        users.create("ada", "Ada Admin", Role.ADMIN, PASSWORD);
        Services services = new Services(db, process, erp, rules, tickets, queue, users, () -> List.copyOf(channels),
                List::of, () -> java.util.Optional.ofNullable(imports.get()),
                () -> java.util.Optional.ofNullable(shipping.get()));
        app = new WebApp(services, auth, hasher);
        app.extensions().add(new ChannelPages(services.channels()));
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder pages = new ServletHolder(new PagesServlet(app));
        // As the whiteboard properties of PagesComponent: the company's logo comes as multipart/form-data.
        pages.getRegistration().setMultipartConfig(new javax.servlet.MultipartConfigElement("",
                org.catura.webui.internal.web.RoutedServlet.MULTIPART_MAX_BYTES,
                org.catura.webui.internal.web.RoutedServlet.MULTIPART_MAX_BYTES, 0));
        context.addServlet(pages, PagesServlet.PATTERN);
        context.addServlet(new ServletHolder(new ApiServlet(app)), ApiServlet.PATTERN);
        context.addServlet(new ServletHolder(new StaticServlet()), StaticServlet.PATTERN);
        server.setHandler(context);
        server.start();
        url = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        engine.stop();
        server.stop();
        database.close();
    }

    <T> T tx(TxWork<T> work) {
        return db.inTransaction(work);
    }

    long count(String sql, Object... params) {
        return database.count(sql, params);
    }

    void execute(String sql) {
        database.execute(sql);
    }

    /** An order of 2 × {@code sku} at 19.98 incl. 19 % VAT, shipped to Berlin. */
    ImportedOrder order(String sku, String buyer) {
        String id = "302-" + sequence.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
        return TestOrder.of(id).buyer(buyer).line(sku, 2, "19.98").purchasedAt(Instant.now().minusSeconds(600))
                .lastUpdatedAt(Instant.now()).build();
    }

    long handIn(ImportedOrder order) {
        return tx(t -> process.handIn(t, order, null)).orderId();
    }

    /** An order with an unknown SKU, run into the manual queue, with its ticket opened. */
    long queuedOrder(String buyer) {
        long id = handIn(order("NOPE-404", buyer));
        runUntil(id, v -> v.state() == OrderState.MANUAL_QUEUE);
        new QueueWatcher(db, process, ticketSettings).run();
        return id;
    }

    /** An ordinary order, run through release to the delivery note. */
    long shippedOrder(String buyer) {
        long id = handIn(order("CAT-MUG-001", buyer));
        runUntil(id, v -> v.state() == OrderState.SHIPMENT_CREATED);
        return id;
    }

    OrderProcessView view(long orderId) {
        return tx(t -> process.view(t, orderId)).orElseThrow();
    }

    OrderProcessView runUntil(long orderId, Predicate<OrderProcessView> done) {
        return driver.runUntil(orderId, done);
    }
}

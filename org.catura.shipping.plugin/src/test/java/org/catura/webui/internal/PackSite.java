package org.catura.webui.internal;

import java.net.http.HttpResponse;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.TxWork;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Location;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.webui.api.extension.WebExtension;

/**
 * The web UI's test {@link Site} as the shipping bundle's page tests meet it (this class sits in
 * the web UI's test package to reach the site's fields): the same Jetty, sign-in and core stations,
 * plus the shipping tables and the seller's details the papers print.
 */
public final class PackSite implements AutoCloseable {

    public static final String PASSWORD = Site.PASSWORD;

    private final Site site;

    public PackSite() throws Exception {
        site = new Site();
        ShippingSchema.migrate(site.db);
        site.tx(tx -> site.erp.company().save(tx, new Company("Catura Test GmbH",
                new Location("Lagerstraße 1", null, null, null, "Hamburg", "20095", null, "DE"), "DE123456789",
                null, null, null, null, false)));
    }

    public String url() {
        return site.url;
    }

    public Database db() {
        return site.db;
    }

    public Erp erp() {
        return site.erp;
    }

    public OrderProcess process() {
        return site.process;
    }

    public void add(WebExtension extension) {
        site.app.extensions().add(extension);
    }

    public void startEngine() {
        site.engine.start();
    }

    /** An ordinary order of 2 × CAT-MUG-001, run to its delivery note. */
    public long orderWithDeliveryNote(String buyer) {
        return site.shippedOrder(buyer);
    }

    public OrderProcessView view(long orderId) {
        return site.view(orderId);
    }

    public <T> T tx(TxWork<T> work) {
        return site.tx(work);
    }

    public long count(String sql, Object... params) {
        return site.count(sql, params);
    }

    /** A signed-in HTTP client: {@link #get}, {@link #post}. */
    public Browserless signIn(String user) {
        Client c = new Client(site.url);
        c.login(user, Site.PASSWORD);
        return new Browserless(c);
    }

    /** The web UI's test client, for tests outside its package. */
    public static final class Browserless {
        private final Client client;

        Browserless(Client client) {
            this.client = client;
        }

        public HttpResponse<String> get(String path) {
            return client.get(path);
        }

        public HttpResponse<String> post(String path, String... fields) {
            return client.post(path, fields);
        }

        public HttpResponse<String> postFields(String path, List<String> fields) {
            return client.postForm(path, fields, true);
        }

        /** A form post without the session's CSRF token, as a forged one would come. */
        public HttpResponse<String> postWithoutToken(String path, List<String> fields) {
            return client.postForm(path, fields, false);
        }
    }

    @Override
    public void close() throws Exception {
        site.close();
    }
}

package org.catura.core.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.BusinessPartnerDraft;
import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Charge;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Invoices;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.Payments;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.SalesOrders;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.TaxAmount;
import org.catura.core.api.erp.Taxes;
import org.catura.core.api.erp.Warehouse;

/**
 * A fake of the ERP port in memory, for testing the stations' logic. Not transactional: tests
 * that need rollback use the embedded ERP on PostgreSQL.
 */
public final class InMemoryErp implements Erp {

    private final AtomicInteger ids = new AtomicInteger(1000);
    public final Map<Integer, BusinessPartner> partners = new ConcurrentHashMap<>();
    public final Map<String, Product> products = new ConcurrentHashMap<>();
    public final List<Tax> taxes = new ArrayList<>();
    public final List<Charge> charges = new ArrayList<>();
    public final Map<Integer, SalesOrder> orders = new ConcurrentHashMap<>();
    public final Map<Integer, Shipment> shipments = new ConcurrentHashMap<>();
    /** Per table, the next record id, from 1000000 as the ERPs' table-id sequences. */
    public final Map<String, AtomicInteger> recordIds = new ConcurrentHashMap<>();

    public InMemoryErp() {
        taxes.add(new Tax(1, "DE 19", new BigDecimal("19"), "DE", 1));
        taxes.add(new Tax(2, "DE 7", new BigDecimal("7"), "DE", 2));
        taxes.add(new Tax(3, "FR 20", new BigDecimal("20"), "FR", 1));
        charges.add(new Charge(10, "Shipping"));
        charges.add(new Charge(11, "Promotion"));
        charges.add(new Charge(12, "Gift wrap"));
        addProduct("SKU-1", "Mug");
        addProduct("SKU-2", "Teapot");
    }

    public void addProduct(String sku, String name) {
        products.put(sku, new Product(ids.incrementAndGet(), sku, name, "Each", BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.TEN, true, 1));
    }

    @Override public BusinessPartners businessPartners() { return new Partners(); }
    @Override public Products products() { return new ProductsFake(); }
    @Override public Taxes taxes() { return new TaxesFake(); }
    @Override public Charges charges() { return (tx, name) -> charges.stream().filter(c -> c.name().equals(name)).findFirst(); }
    @Override public SalesOrders salesOrders() { return new Orders(); }
    @Override public Shipments shipments() { return new ShipmentsFake(); }
    @Override public Invoices invoices() { throw new UnsupportedOperationException("not in this fake"); }
    @Override public Payments payments() { throw new UnsupportedOperationException("not in this fake"); }
    @Override public CompanyDetails company() { return new CompanyFake(); }
    @Override public RecordIds recordIds() {
        return (tx, table) -> recordIds.computeIfAbsent(table, t -> new AtomicInteger(1000000)).getAndIncrement();
    }

    /** A German seller without OSS, unless a test sets another. */
    public volatile Company company = new Company("Catura Test GmbH", new Location("Hauptstr. 1", null, null, null,
            "Berlin", "10115", null, "DE"), "DE123456789", null, null, null, null, false);

    final class CompanyFake implements CompanyDetails {
        @Override public Optional<Company> get(Tx tx) { return Optional.ofNullable(company); }
        @Override public Company save(Tx tx, Company c) { company = c; return c; }
        @Override public Optional<CompanyLogo> logo(Tx tx) { return Optional.empty(); }
        @Override public void saveLogo(Tx tx, CompanyLogo logo) { throw new UnsupportedOperationException("not in this fake"); }
    }

    final class Partners implements BusinessPartners {
    @Override
    public Optional<BusinessPartner> get(Tx tx, int id) {
        return Optional.ofNullable(partners.get(id));
    }

    @Override
    public List<BusinessPartner> findByEmail(Tx tx, String email) {
        return partners.values().stream().filter(p -> p.contacts().stream()
                .anyMatch(c -> email.equalsIgnoreCase(c.email()))).toList();
    }

    @Override
    public List<BusinessPartner> findByPostal(Tx tx, String postal, String countryCode) {
        return partners.values().stream().filter(p -> p.locations().stream()
                .anyMatch(l -> postal.equals(l.location().postal())
                        && countryCode.equals(l.location().countryCode()))).toList();
    }

    /** The port's ranking in plain Java: exact number, e-mail or postal code, then name prefix, then partial. */
    @Override
    public List<BusinessPartner> search(Tx tx, String text, int limit) {
        org.catura.core.api.erp.PartnerQuery q = new org.catura.core.api.erp.PartnerQuery(text, limit);
        String t = q.text().toLowerCase(java.util.Locale.ROOT);
        java.util.function.ToIntFunction<BusinessPartner> rank = p -> {
            String name = (p.name() + " " + (p.name2() == null ? "" : p.name2())).toLowerCase(java.util.Locale.ROOT);
            List<String> emails = p.contacts().stream().map(Contact::email).filter(java.util.Objects::nonNull)
                    .map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList();
            List<String> postals = p.locations().stream().map(l -> l.location().postal())
                    .filter(java.util.Objects::nonNull).map(x -> x.replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                    .toList();
            String value = p.value().toLowerCase(java.util.Locale.ROOT);
            if (value.equals(t) || emails.contains(t) || postals.contains(q.postal())) {
                return 0;
            }
            if (p.name().toLowerCase(java.util.Locale.ROOT).startsWith(t)
                    || (p.name2() != null && p.name2().toLowerCase(java.util.Locale.ROOT).startsWith(t))) {
                return 1;
            }
            if (value.startsWith(t) || emails.stream().anyMatch(e -> e.startsWith(t))
                    || postals.stream().anyMatch(x -> x.startsWith(q.postal()))) {
                return 2;
            }
            return q.words().stream().allMatch(w -> name.contains(w.toLowerCase(java.util.Locale.ROOT))) ? 3 : -1;
        };
        return partners.values().stream().filter(BusinessPartner::customer).filter(p -> rank.applyAsInt(p) >= 0)
                .sorted(java.util.Comparator.<BusinessPartner>comparingInt(rank::applyAsInt)
                        .thenComparing(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparingInt(BusinessPartner::id))
                .limit(q.limit()).toList();
    }

    @Override
    public BusinessPartner create(Tx tx, BusinessPartnerDraft d) {
        int id = ids.incrementAndGet();
        BusinessPartner p = new BusinessPartner(id, "C" + id, d.name(), d.name2(), d.company(), d.taxId(), true,
                List.of(), List.of());
        partners.put(id, p);
        return p;
    }

    @Override
    public int addLocation(Tx tx, int bpartnerId, String name, Location location, boolean shipTo, boolean billTo,
            String phone) {
        int id = ids.incrementAndGet();
        BusinessPartner p = partners.get(bpartnerId);
        List<BPartnerLocation> locs = new ArrayList<>(p.locations());
        locs.add(new BPartnerLocation(id, name, location, shipTo, billTo, phone));
        partners.put(bpartnerId, new BusinessPartner(p.id(), p.value(), p.name(), p.name2(), p.company(),
                p.taxId(), p.customer(), locs, p.contacts()));
        return id;
    }

    @Override
    public int addContact(Tx tx, int bpartnerId, String name, String email, String phone) {
        int id = ids.incrementAndGet();
        BusinessPartner p = partners.get(bpartnerId);
        List<Contact> contacts = new ArrayList<>(p.contacts());
        contacts.add(new Contact(id, name, email, phone));
        partners.put(bpartnerId, new BusinessPartner(p.id(), p.value(), p.name(), p.name2(), p.company(),
                p.taxId(), p.customer(), p.locations(), contacts));
        return id;
    }

    }

    final class ProductsFake implements Products {
    @Override
    public Optional<Product> get(Tx tx, int id) {
        return products.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Product> findBySku(Tx tx, String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    @Override
    public List<Product> search(Tx tx, String text, int limit, int offset) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return products.values().stream()
                .filter(p -> p.sku().toLowerCase(java.util.Locale.ROOT).contains(t)
                        || p.name().toLowerCase(java.util.Locale.ROOT).contains(t))
                .sorted(java.util.Comparator.comparing(Product::sku)).skip(offset).limit(limit).toList();
    }

    @Override
    public List<Warehouse> warehouses(Tx tx) {
        return List.of(new Warehouse(1, "MAIN", "Main warehouse"));
    }

    @Override
    public BigDecimal qtyOnHand(Tx tx, int productId, int warehouseId) {
        return BigDecimal.TEN;
    }

    @Override
    public BigDecimal qtyAvailable(Tx tx, int productId, int warehouseId) {
        return BigDecimal.TEN;
    }

    }

    final class TaxesFake implements Taxes {
    @Override
    public List<Tax> list(Tx tx) {
        return taxes;
    }

    @Override
    public Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode) {
        return taxes.stream().filter(t -> t.rate().compareTo(rate) == 0).findFirst();
    }

    }

    final class Orders implements SalesOrders {
    @Override
    public SalesOrder create(Tx tx, SalesOrderDraft d) {
        int id = ids.incrementAndGet();
        List<OrderLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (OrderLineDraft l : d.lines()) {
            BigDecimal net = l.qty().multiply(l.price()).setScale(2, RoundingMode.HALF_UP);
            total = total.add(net);
            lines.add(new OrderLine(ids.incrementAndGet(), (++n) * 10, l.productId(), l.chargeId(), l.description(),
                    l.qty(), BigDecimal.ZERO, BigDecimal.ZERO, l.price(), net, l.taxId()));
        }
        SalesOrder so = new SalesOrder(id, "SO" + id, DocStatus.DRAFTED, d.bpartnerId(), d.shipLocationId(),
                d.billLocationId(), d.contactId(), d.warehouseId(), d.poReference(), d.currency(), d.taxIncluded(),
                d.dateOrdered(), total, total, List.<TaxAmount>of(), lines);
        orders.put(id, so);
        return so;
    }

    @Override
    public Optional<SalesOrder> get(Tx tx, int orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public List<SalesOrder> findByPoReference(Tx tx, String poReference) {
        return orders.values().stream().filter(o -> poReference.equals(o.poReference())).toList();
    }

    @Override
    public SalesOrder replaceLines(Tx tx, int orderId, List<OrderLineDraft> lines) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesOrder changeShipTo(Tx tx, int orderId, int shipLocationId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesOrder changeBusinessPartner(Tx tx, int orderId, int bpartnerId, int shipLocationId,
            int billLocationId, int contactId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SalesOrder process(Tx tx, int orderId, DocAction action) {
        SalesOrder o = orders.get(orderId);
        action.checkAllowed("Order " + o.documentNo(), o.status());
        SalesOrder done = new SalesOrder(o.id(), o.documentNo(), action.target(), o.bpartnerId(), o.shipLocationId(),
                o.billLocationId(), o.contactId(), o.warehouseId(), o.poReference(), o.currency(), o.taxIncluded(),
                o.dateOrdered(), o.totalLines(), o.grandTotal(), o.taxes(), o.lines());
        orders.put(orderId, done);
        return done;
    }

    }

    final class ShipmentsFake implements Shipments {
    @Override
    public Optional<Shipment> get(Tx tx, int id) {
        return Optional.ofNullable(shipments.get(id));
    }

    @Override
    public Shipment createFromOrder(Tx tx, int orderId, LocalDate movementDate) {
        SalesOrder o = orders.get(orderId);
        if (o.status() != DocStatus.COMPLETED) {
            throw new IllegalStateException("order not completed");
        }
        int id = ids.incrementAndGet();
        List<ShipmentLine> lines = o.lines().stream().filter(l -> l.productId() > 0)
                .map(l -> new ShipmentLine(ids.incrementAndGet(), l.line(), l.id(), l.productId(), l.qtyOrdered()))
                .toList();
        Shipment s = new Shipment(id, "SH" + id, DocStatus.DRAFTED, orderId, o.bpartnerId(), o.shipLocationId(),
                o.warehouseId(), movementDate, null, lines);
        shipments.put(id, s);
        return s;
    }

    @Override
    public List<Shipment> findByOrder(Tx tx, int orderId) {
        return shipments.values().stream().filter(s -> s.orderId() == orderId).toList();
    }

    @Override
    public Shipment setTrackingNo(Tx tx, int shipmentId, String trackingNo) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Shipment setShipper(Tx tx, int shipmentId, String shipperName) {
        Shipment s = shipments.get(shipmentId);
        if (s.status() != DocStatus.DRAFTED && s.status() != DocStatus.IN_PROGRESS) {
            throw new org.catura.core.api.erp.DocActionException("shipment " + s.documentNo() + " is " + s.status());
        }
        Shipment set = new Shipment(s.id(), s.documentNo(), s.status(), s.orderId(), s.bpartnerId(), s.locationId(),
                s.warehouseId(), s.movementDate(), s.trackingNo(), s.lines(), shipperName);
        shipments.put(shipmentId, set);
        return set;
    }

    @Override
    public Shipment moveToWarehouse(Tx tx, int shipmentId, int warehouseId) {
        Shipment s = shipments.get(shipmentId);
        if (s.status() != DocStatus.DRAFTED) {
            throw new org.catura.core.api.erp.DocActionException("shipment " + s.documentNo() + " is " + s.status());
        }
        Shipment moved = new Shipment(s.id(), s.documentNo(), s.status(), s.orderId(), s.bpartnerId(), s.locationId(),
                warehouseId, s.movementDate(), s.trackingNo(), s.lines(), s.shipperName());
        shipments.put(shipmentId, moved);
        return moved;
    }

    @Override
    public Shipment process(Tx tx, int shipmentId, DocAction action) {
        throw new UnsupportedOperationException();
    }
    }
}

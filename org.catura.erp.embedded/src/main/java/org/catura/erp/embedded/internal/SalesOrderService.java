package org.catura.erp.embedded.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.SalesOrders;

/** Sales orders: creation with computed totals, edits while editable, and the document actions. */
public final class SalesOrderService implements SalesOrders {

    private final SalesOrderRepository orders = new SalesOrderRepository();
    private final FlowNumbers numbers;
    private final ReferenceCache cache;
    private final OrderLineResolver resolver;
    private final ProductRepository products;

    SalesOrderService(FlowNumbers numbers, ReferenceCache cache) {
        this.numbers = numbers;
        this.cache = cache;
        this.resolver = new OrderLineResolver(cache);
        this.products = new ProductRepository(cache);
    }

    @Override
    public SalesOrder create(Tx tx, SalesOrderDraft draft) {
        if (draft == null) {
            throw new ErpException("Sales order draft is missing");
        }
        checkHeader(tx, draft);
        int currencyId = cache.get("currency", draft.currency(), () -> ReferenceData.currencyId(tx, draft.currency()));
        List<OrderLineResolver.ResolvedLine> lines = resolver.resolve(tx, draft.lines());
        int docTypeId = docTypeId(tx, ReferenceData.SALES_ORDER);
        String documentNo = numbers.nextDocumentNo(tx, ReferenceData.SALES_ORDER);
        // The totals as DocumentTaxes would recompute them from the stored lines, computed before writing.
        TaxCalculator.Totals totals = TaxCalculator.totals(
                lines.stream().map(OrderLineResolver.ResolvedLine::taxed).toList(), draft.taxIncluded());
        return orders.insert(tx, draft, documentNo, docTypeId, currencyId,
                draft.currency().strip().toUpperCase(Locale.ROOT), uomId(tx), lines, totals);
    }

    @Override
    public Optional<SalesOrder> get(Tx tx, int orderId) {
        return orders.load(tx, orderId);
    }

    @Override
    public List<SalesOrder> findByPoReference(Tx tx, String poReference) {
        if (poReference == null || poReference.isBlank()) {
            return List.of();
        }
        return orders.idsByPoReference(tx, poReference.strip()).stream().map(id -> load(tx, id)).toList();
    }

    @Override
    public SalesOrder replaceLines(Tx tx, int orderId, List<OrderLineDraft> lines) {
        DocumentTable.Locked order = DocumentTable.ORDER.lock(tx, orderId);
        requireEditable(order, "change the lines of");
        List<OrderLineResolver.ResolvedLine> resolved = resolver.resolve(tx, lines);
        orders.deleteLines(tx, orderId);
        orders.insertLines(tx, orderId, resolved, uomId(tx));
        DocumentTaxes.ORDER.recalculate(tx, orderId);
        return load(tx, orderId);
    }

    @Override
    public SalesOrder changeShipTo(Tx tx, int orderId, int shipLocationId) {
        DocumentTable.Locked order = DocumentTable.ORDER.lock(tx, orderId);
        requireEditable(order, "change the ship-to address of");
        int bpartnerId = Sql.one(tx, "SELECT C_BPartner_ID FROM C_Order WHERE C_Order_ID = ?", rs -> rs.getInt(1),
                orderId).orElseThrow();
        BusinessPartnerRepository.requireLocationOf(tx, bpartnerId, shipLocationId, "Ship-to");
        Sql.update(tx, "UPDATE C_Order SET C_BPartner_Location_ID = ?, Updated = now() WHERE C_Order_ID = ?",
                shipLocationId, orderId);
        return load(tx, orderId);
    }

    @Override
    public SalesOrder changeBusinessPartner(Tx tx, int orderId, int bpartnerId, int shipLocationId,
            int billLocationId, int contactId) {
        DocumentTable.Locked order = DocumentTable.ORDER.lock(tx, orderId);
        requireEditable(order, "change the business partner of");
        // A draft shipment or invoice would still name the old partner.
        requireNoFollowUpDocuments(tx, order, "moved to another business partner");
        BusinessPartnerRepository.requirePartner(tx, bpartnerId);
        BusinessPartnerRepository.requireLocationOf(tx, bpartnerId, shipLocationId, "Ship-to");
        BusinessPartnerRepository.requireLocationOf(tx, bpartnerId, billLocationId, "Bill-to");
        if (contactId > 0) {
            BusinessPartnerRepository.requireContactOf(tx, bpartnerId, contactId);
        }
        Sql.update(tx, """
                UPDATE C_Order SET C_BPartner_ID = ?, C_BPartner_Location_ID = ?, Bill_BPartner_ID = ?,
                       Bill_Location_ID = ?, AD_User_ID = ?, Updated = now()
                 WHERE C_Order_ID = ?""", bpartnerId, shipLocationId, bpartnerId, billLocationId,
                Sql.idOrNull(contactId), orderId);
        return load(tx, orderId);
    }

    @Override
    public SalesOrder process(Tx tx, int orderId, DocAction action) {
        if (action == null) {
            throw new ErpException("Document action is missing");
        }
        SalesOrder loaded = orders.lockAndLoad(tx, orderId)
                .orElseThrow(() -> new ErpException(DocumentTable.ORDER.label() + " " + orderId + " does not exist"));
        DocumentTable.Locked order = new DocumentTable.Locked(DocumentTable.ORDER, orderId, loaded.documentNo(),
                loaded.status());
        order.check(action);
        DocStatus status = switch (action) {
            case PREPARE -> {
                requireLines(loaded, order, "prepared");
                DocumentTable.ORDER.setStatus(tx, orderId, DocStatus.IN_PROGRESS);
                yield DocStatus.IN_PROGRESS;
            }
            case COMPLETE -> {
                requireLines(loaded, order, "completed");
                DocumentTable.ORDER.setStatus(tx, orderId, DocStatus.COMPLETED, DocumentTaxes.ORDER, true);
                yield DocStatus.COMPLETED;
            }
            case CLOSE -> {
                DocumentTable.ORDER.setStatus(tx, orderId, DocStatus.CLOSED);
                yield DocStatus.CLOSED;
            }
            case VOID -> {
                requireNoFollowUpDocuments(tx, order, "voided");
                DocumentTable.ORDER.setStatus(tx, orderId, DocStatus.VOIDED, DocumentTaxes.ORDER, true);
                yield DocStatus.VOIDED;
            }
            case REACTIVATE -> {
                requireNoFollowUpDocuments(tx, order, "reactivated");
                DocumentTable.ORDER.setStatus(tx, orderId, DocStatus.IN_PROGRESS, DocumentTaxes.ORDER, false);
                yield DocStatus.IN_PROGRESS;
            }
        };
        // Completing reserves the undelivered stock; every other action leaves nothing reserved.
        Reservations.resync(tx, orderId);
        // An action changes the status, the Processed flags and the reservation, none of which a
        // SalesOrder shows but the status: the order read under the lock, with its new status, is the order now.
        return new SalesOrder(loaded.id(), loaded.documentNo(), status, loaded.bpartnerId(), loaded.shipLocationId(),
                loaded.billLocationId(), loaded.contactId(), loaded.warehouseId(), loaded.poReference(),
                loaded.currency(), loaded.taxIncluded(), loaded.dateOrdered(), loaded.totalLines(),
                loaded.grandTotal(), loaded.taxes(), loaded.lines());
    }

    private SalesOrder load(Tx tx, int orderId) {
        return orders.load(tx, orderId).orElseThrow(() -> new ErpException("Sales order " + orderId + " not found"));
    }

    private int docTypeId(Tx tx, String docBaseType) {
        return cache.get("doctype", docBaseType, () -> ReferenceData.docTypeId(tx, docBaseType));
    }

    private int uomId(Tx tx) {
        return cache.get("uom", "default", () -> ReferenceData.defaultUomId(tx));
    }

    private void checkHeader(Tx tx, SalesOrderDraft d) {
        BusinessPartnerRepository.requireOrderParties(tx, d.bpartnerId(), d.shipLocationId(), d.billLocationId(),
                d.contactId());
        if (!products.isActiveWarehouse(tx, d.warehouseId())) {
            throw new ErpException("Warehouse " + d.warehouseId() + " does not exist or is inactive");
        }
        if (d.dateOrdered() == null) {
            throw new ErpException("Sales order: the order date (DateOrdered) is missing");
        }
    }

    private static void requireEditable(DocumentTable.Locked order, String what) {
        if (!order.status().isEditable()) {
            throw new DocActionException(order.label() + ": cannot " + what + " an order in status "
                    + order.status().code() + " (" + order.status().name().toLowerCase() + ")"
                    + "; only drafted or in-progress orders can be edited");
        }
    }

    private static void requireLines(SalesOrder loaded, DocumentTable.Locked order, String what) {
        if (loaded.lines().isEmpty()) {
            throw new DocActionException(order.label() + " has no lines and cannot be " + what
                    + "; add at least one product or charge line first");
        }
    }

    private static void requireNoFollowUpDocuments(Tx tx, DocumentTable.Locked order, String what) {
        List<String> documents = Sql.list(tx, """
                SELECT 'shipment ' || DocumentNo FROM M_InOut WHERE C_Order_ID = ? AND DocStatus <> 'VO'
                UNION ALL
                SELECT 'invoice ' || DocumentNo FROM C_Invoice WHERE C_Order_ID = ? AND DocStatus <> 'VO'
                """, rs -> rs.getString(1), order.id(), order.id());
        if (!documents.isEmpty()) {
            throw new DocActionException(order.label() + " cannot be " + what + " while it has "
                    + String.join(", ", documents) + "; void those first");
        }
    }
}

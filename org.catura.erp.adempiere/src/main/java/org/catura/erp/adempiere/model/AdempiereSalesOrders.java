package org.catura.erp.adempiere.model;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.SalesOrderDraft;
import org.catura.core.api.erp.SalesOrders;
import org.catura.erp.adempiere.mapping.ColumnValues;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.catura.erp.adempiere.mapping.PartnerChangeColumns;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.SalesOrderColumns;
import org.catura.erp.adempiere.mapping.SalesOrderColumns.NumberedLine;
import org.compiere.model.MBPartner;
import org.compiere.model.MOrder;
import org.compiere.model.MOrderLine;
import org.compiere.model.MWarehouse;

final class AdempiereSalesOrders implements SalesOrders {

    /** iDempiere's DocSubTypeSO of a standard order. */
    private static final String STANDARD_ORDER = "SO";

    private final ErpSettings settings;

    AdempiereSalesOrders(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public SalesOrder create(Tx tx, SalesOrderDraft draft) {
        Session s = Session.of(tx, settings);
        ColumnValues header = AdempiereBusinessPartners.checked(() -> SalesOrderColumns.header(draft));
        List<NumberedLine> lines = AdempiereBusinessPartners.checked(() -> SalesOrderColumns.lines(draft));
        String what = "Sales order " + draft.poReference();
        String currency = AdempiereBusinessPartners.checked(() -> SalesOrderColumns.currency(what, draft.currency()));
        int currencyId = s.currencyId(currency);
        int priceListId = s.firstId(Queries.salesPriceList(currencyId, draft.taxIncluded()));
        if (priceListId <= 0) {
            throw new ErpException(what + ": no active sales price list in " + currency + " with prices "
                    + (draft.taxIncluded() ? "including" : "excluding") + " tax");
        }
        MBPartner bp = Session.existing(new MBPartner(s.ctx, draft.bpartnerId(), s.trxName),
                "Business partner " + draft.bpartnerId());
        MWarehouse warehouse = Session.existing(new MWarehouse(s.ctx, draft.warehouseId(), s.trxName),
                "Warehouse " + draft.warehouseId());

        MOrder order = new MOrder(s.ctx, 0, s.trxName);
        order.setAD_Org_ID(warehouse.getAD_Org_ID());
        order.setIsSOTrx(true);
        if (settings.orderDocTypeId() > 0) {
            order.setC_DocTypeTarget_ID(settings.orderDocTypeId());
        } else {
            order.setC_DocTypeTarget_ID(STANDARD_ORDER);
        }
        // Partner defaults first (payment term, invoice rule…), then our explicit columns win.
        order.setBPartner(bp);
        s.apply(order, "C_Order", what, header);
        order.setM_PriceList_ID(priceListId);
        Session.save(order, what);
        addLines(s, order, lines);
        return recalculated(s, order.get_ID(), what);
    }

    @Override
    public Optional<SalesOrder> get(Tx tx, int orderId) {
        Session s = Session.of(tx, settings);
        MOrder o = new MOrder(s.ctx, orderId, s.trxName);
        return o.get_ID() > 0 && o.isSOTrx() ? Optional.of(Records.order(o)) : Optional.empty();
    }

    @Override
    public List<SalesOrder> findByPoReference(Tx tx, String poReference) {
        Session s = Session.of(tx, settings);
        List<MOrder> found = s.list(AdempiereBusinessPartners.checked(() -> Queries.salesOrdersByPoReference(poReference)));
        return found.stream().map(Records::order).toList();
    }

    @Override
    public SalesOrder replaceLines(Tx tx, int orderId, List<OrderLineDraft> drafts) {
        Session s = Session.of(tx, settings);
        MOrder order = editable(s, orderId);
        String what = "Sales order " + order.getDocumentNo();
        List<NumberedLine> lines = AdempiereBusinessPartners.checked(() -> SalesOrderColumns.lines(what, drafts));
        for (MOrderLine old : order.getLines(true, "Line")) {
            try {
                old.deleteEx(true);
            } catch (RuntimeException e) {
                throw new ErpException(what + " line " + old.getLine() + ": the ERP did not delete it: "
                        + e.getMessage(), e);
            }
        }
        addLines(s, order, lines);
        return recalculated(s, orderId, what);
    }

    @Override
    public SalesOrder changeShipTo(Tx tx, int orderId, int shipLocationId) {
        Session s = Session.of(tx, settings);
        MOrder order = editable(s, orderId);
        if (shipLocationId <= 0) {
            throw new ErpException("Sales order " + order.getDocumentNo() + ": no ship-to location given");
        }
        // The column, not MOrder.setC_BPartner_Location_ID: that setter moves the bill-to location too.
        Session.set(order, "C_Order", "Sales order " + order.getDocumentNo(), "C_BPartner_Location_ID", shipLocationId);
        Session.save(order, "Sales order " + order.getDocumentNo());
        return Records.order(new MOrder(s.ctx, orderId, s.trxName));
    }

    @Override
    public SalesOrder changeBusinessPartner(Tx tx, int orderId, int bpartnerId, int shipLocationId,
            int billLocationId, int contactId) {
        Session s = Session.of(tx, settings);
        MOrder order = Session.existing(new MOrder(s.ctx, orderId, s.trxName), "Sales order " + orderId);
        String what = "Sales order " + order.getDocumentNo();
        MBPartner bp = Session.existing(new MBPartner(s.ctx, bpartnerId, s.trxName), "Business partner " + bpartnerId);
        ColumnValues columns = AdempiereBusinessPartners.checked(() -> PartnerChangeColumns.columns(what,
                order.getDocStatus(), Records.partner(bp), shipLocationId, billLocationId, contactId));
        int priceListId = order.getM_PriceList_ID();
        // The new partner's payment term and rules, as on a new order; the lines stay priced on the old list.
        order.setBPartner(bp);
        order.setM_PriceList_ID(priceListId);
        s.apply(order, "C_Order", what, columns);
        // Saving syncs the lines' partner and location (MOrder.afterSave).
        Session.save(order, what);
        return Records.order(new MOrder(s.ctx, orderId, s.trxName));
    }

    @Override
    public SalesOrder process(Tx tx, int orderId, DocAction action) {
        Session s = Session.of(tx, settings);
        MOrder order = Session.existing(new MOrder(s.ctx, orderId, s.trxName), "Sales order " + orderId);
        Documents.process(order, "Sales order", action);
        return Records.order(new MOrder(s.ctx, orderId, s.trxName));
    }

    private static MOrder editable(Session s, int orderId) {
        MOrder order = Session.existing(new MOrder(s.ctx, orderId, s.trxName), "Sales order " + orderId);
        if (!DocumentCodes.status(order.getDocStatus()).isEditable()) {
            throw new ErpException("Sales order " + order.getDocumentNo() + " is " + order.getDocStatus()
                    + " and can no longer be changed");
        }
        return order;
    }

    private static void addLines(Session s, MOrder order, List<NumberedLine> lines) {
        for (NumberedLine n : lines) {
            OrderLineDraft d = n.draft();
            String what = "Sales order " + order.getDocumentNo() + " line " + n.line();
            MOrderLine line = new MOrderLine(order);
            line.setLine(n.line());
            if (n.isProduct()) {
                line.setM_Product_ID(d.productId(), true);
            } else {
                line.setC_Charge_ID(d.chargeId());
            }
            line.setQty(d.qty());
            // The marketplace's price is the price: no price list lookup overrides it.
            line.setPrice(d.price());
            if (d.taxId() > 0) {
                line.setC_Tax_ID(d.taxId());
            } else if (!line.setTax()) {
                throw new ErpException(what + ": the ERP found no tax for it; give a tax explicitly");
            }
            if (d.description() != null && !d.description().isBlank()) {
                line.setDescription(d.description().strip());
            }
            Session.save(line, what);
        }
    }

    private static SalesOrder recalculated(Session s, int orderId, String what) {
        MOrder order = new MOrder(s.ctx, orderId, s.trxName);
        if (!order.calculateTaxTotal()) {
            throw new ErpException(what + ": the ERP could not calculate its taxes: "
                    + ProcessMessages.forPerson(s.ctx, order.getProcessMsg()));
        }
        Session.save(order, what);
        return Records.order(order);
    }
}

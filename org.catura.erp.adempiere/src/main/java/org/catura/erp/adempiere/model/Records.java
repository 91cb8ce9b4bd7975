package org.catura.erp.adempiere.model;

import static org.catura.erp.adempiere.mapping.Conversions.date;
import static org.catura.erp.adempiere.mapping.Conversions.decimal;
import static org.catura.erp.adempiere.mapping.Conversions.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.erp.Allocation;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.BPartnerLocation;
import org.catura.core.api.erp.BusinessPartner;
import org.catura.core.api.erp.Contact;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.InvoiceLine;
import org.catura.core.api.erp.Location;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.OrderLine;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.Product;
import org.catura.core.api.erp.SalesOrder;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.erp.TaxAmount;
import org.catura.erp.adempiere.mapping.Conversions;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.compiere.model.MAllocationHdr;
import org.compiere.model.MAllocationLine;
import org.compiere.model.MBPartner;
import org.compiere.model.MBPartnerLocation;
import org.compiere.model.MCountry;
import org.compiere.model.MCurrency;
import org.compiere.model.MInOut;
import org.compiere.model.MInOutLine;

import org.compiere.model.MInvoice;
import org.compiere.model.MInvoiceLine;
import org.compiere.model.MInvoiceTax;
import org.compiere.model.MLocation;
import org.compiere.model.MOrder;
import org.compiere.model.MOrderLine;
import org.compiere.model.MOrderTax;
import org.compiere.model.MPayment;
import org.compiere.model.MProduct;
import org.compiere.model.MShipper;
import org.compiere.model.MTax;
import org.compiere.model.MUser;

/** ERP model objects → the port's records. Only getters both ERPs share, or get_Value by column name. */
final class Records {

    private Records() {
    }

    static BusinessPartner partner(MBPartner bp) {
        List<BPartnerLocation> locations = new ArrayList<>();
        for (MBPartnerLocation l : bp.getLocations(true)) {
            locations.add(new BPartnerLocation(l.get_ID(), l.getName(), location(l.getLocation(false)), l.isShipTo(),
                    l.isBillTo(), text(l.getPhone())));
        }
        List<Contact> contacts = new ArrayList<>();
        for (MUser u : bp.getContacts(true)) {
            contacts.add(new Contact(u.get_ID(), u.getName(), text(u.getEMail()), text(u.getPhone())));
        }
        // IsCompany is not in the standard dictionary; honoured where a site added it.
        boolean company = bp.get_ColumnIndex("IsCompany") >= 0 && Conversions.flag(bp.get_Value("IsCompany"));
        return new BusinessPartner(bp.get_ID(), bp.getValue(), bp.getName(), text(bp.getName2()), company,
                text(bp.getTaxID()), bp.isCustomer(), locations, contacts);
    }

    static Location location(MLocation l) {
        if (l == null) {
            return null;
        }
        MCountry country = l.getCountry();
        return new Location(text(l.getAddress1()), text(l.getAddress2()), text(l.getAddress3()),
                text(l.getAddress4()), text(l.getCity()), text(l.getPostal()),
                text((String) l.get_Value("RegionName")), country == null ? null : country.getCountryCode());
    }

    static Product product(MProduct p) {
        return new Product(p.get_ID(), p.getValue(), p.getName(), p.getUOMSymbol(), decimal(p.get_Value("Weight")),
                decimal(p.get_Value("ShelfWidth")), decimal(p.get_Value("ShelfHeight")),
                decimal(p.get_Value("ShelfDepth")), p.isStocked(), p.getC_TaxCategory_ID());
    }

    static SalesOrder order(MOrder o) {
        List<TaxAmount> taxes = new ArrayList<>();
        for (MOrderTax t : o.getTaxes(true)) {
            taxes.add(new TaxAmount(t.getC_Tax_ID(), rate(o, t.getC_Tax_ID()), decimal(t.getTaxBaseAmt()),
                    decimal(t.getTaxAmt())));
        }
        List<OrderLine> lines = new ArrayList<>();
        for (MOrderLine l : o.getLines(true, "Line")) {
            lines.add(new OrderLine(l.get_ID(), l.getLine(), l.getM_Product_ID(), l.getC_Charge_ID(),
                    text(l.getDescription()), decimal(l.getQtyOrdered()), decimal(l.getQtyDelivered()),
                    decimal(l.getQtyInvoiced()), decimal(l.getPriceEntered()), decimal(l.getLineNetAmt()),
                    l.getC_Tax_ID()));
        }
        return new SalesOrder(o.get_ID(), o.getDocumentNo(), DocumentCodes.status(o.getDocStatus()),
                o.getC_BPartner_ID(), o.getC_BPartner_Location_ID(), o.getBill_Location_ID(), o.getAD_User_ID(),
                o.getM_Warehouse_ID(), text(o.getPOReference()), MCurrency.getISO_Code(o.getCtx(), o.getC_Currency_ID()),
                o.isTaxIncluded(), date(o.getDateOrdered()), decimal(o.getTotalLines()), decimal(o.getGrandTotal()),
                taxes, lines);
    }

    static Shipment shipment(MInOut s) {
        List<ShipmentLine> lines = new ArrayList<>();
        for (MInOutLine l : s.getLines(true)) {
            lines.add(new ShipmentLine(l.get_ID(), l.getLine(), l.getC_OrderLine_ID(), l.getM_Product_ID(),
                    decimal(l.getMovementQty())));
        }
        return new Shipment(s.get_ID(), s.getDocumentNo(), DocumentCodes.status(s.getDocStatus()), s.getC_Order_ID(),
                s.getC_BPartner_ID(), s.getC_BPartner_Location_ID(), s.getM_Warehouse_ID(), date(s.getMovementDate()),
                text(s.getTrackingNo()), lines, shipperName(s));
    }

    private static String shipperName(MInOut s) {
        return s.getM_Shipper_ID() > 0 ? text(new MShipper(s.getCtx(), s.getM_Shipper_ID(), s.get_TrxName()).getName())
                : null;
    }

    static Invoice invoice(MInvoice i) {
        List<TaxAmount> taxes = new ArrayList<>();
        for (MInvoiceTax t : i.getTaxes(true)) {
            taxes.add(new TaxAmount(t.getC_Tax_ID(), rate(i.getCtx(), t.getC_Tax_ID()), decimal(t.getTaxBaseAmt()),
                    decimal(t.getTaxAmt())));
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (MInvoiceLine l : i.getLines(true)) {
            lines.add(new InvoiceLine(l.get_ID(), l.getLine(), l.getC_OrderLine_ID(), l.getM_InOutLine_ID(),
                    l.getM_Product_ID(), l.getC_Charge_ID(), text(l.getDescription()), decimal(l.getQtyInvoiced()),
                    decimal(l.getPriceEntered()), decimal(l.getLineNetAmt()), l.getC_Tax_ID()));
        }
        return new Invoice(i.get_ID(), i.getDocumentNo(), DocumentCodes.status(i.getDocStatus()), i.getC_Order_ID(),
                i.getC_BPartner_ID(), i.getC_BPartner_Location_ID(),
                MCurrency.getISO_Code(i.getCtx(), i.getC_Currency_ID()), i.isTaxIncluded(), date(i.getDateInvoiced()),
                decimal(i.getTotalLines()), decimal(i.getGrandTotal()), decimal(i.getOpenAmt()), i.isPaid(), taxes,
                lines);
    }

    static Payment payment(MPayment p) {
        BigDecimal allocated = p.getAllocatedAmt();
        return new Payment(p.get_ID(), p.getDocumentNo(), DocumentCodes.status(p.getDocStatus()), p.getC_BPartner_ID(),
                new Money(decimal(p.getPayAmt()), MCurrency.getISO_Code(p.getCtx(), p.getC_Currency_ID())),
                date(p.getDateTrx()), text(p.getDescription()), text((String) p.get_Value("R_PnRef")),
                allocated == null ? BigDecimal.ZERO : allocated.abs());
    }

    static Allocation allocation(MAllocationHdr h) {
        List<AllocationLineDraft> lines = new ArrayList<>();
        for (MAllocationLine l : h.getLines(true)) {
            lines.add(new AllocationLineDraft(l.getC_Invoice_ID(), l.getC_Payment_ID(), decimal(l.getAmount()),
                    decimal(l.getDiscountAmt()), decimal(l.getWriteOffAmt())));
        }
        return new Allocation(h.get_ID(), h.getDocumentNo(), DocumentCodes.status(h.getDocStatus()),
                date(h.getDateTrx()), MCurrency.getISO_Code(h.getCtx(), h.getC_Currency_ID()), lines);
    }

    private static BigDecimal rate(MOrder o, int taxId) {
        return rate(o.getCtx(), taxId);
    }

    private static BigDecimal rate(java.util.Properties ctx, int taxId) {
        return taxId > 0 ? decimal(MTax.get(ctx, taxId).getRate()) : BigDecimal.ZERO;
    }
}

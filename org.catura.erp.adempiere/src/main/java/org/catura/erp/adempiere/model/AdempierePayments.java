package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Allocation;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.PaymentDraft;
import org.catura.core.api.erp.Payments;
import org.catura.erp.adempiere.mapping.AllocationPlan;
import org.catura.erp.adempiere.mapping.AllocationPlan.PlannedLine;
import org.catura.erp.adempiere.mapping.ColumnValues;
import org.catura.erp.adempiere.mapping.Conversions;
import org.catura.erp.adempiere.mapping.DocumentCodes;
import org.catura.erp.adempiere.mapping.PaymentColumns;
import org.catura.erp.adempiere.mapping.SalesOrderColumns;
import org.compiere.model.MAllocationHdr;
import org.compiere.model.MAllocationLine;
import org.compiere.model.MInvoice;
import org.compiere.model.MPayment;

final class AdempierePayments implements Payments {

    private final ErpSettings settings;

    AdempierePayments(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Payment create(Tx tx, PaymentDraft draft) {
        Session s = Session.of(tx, settings);
        String what = "Payment " + (draft.reference() == null ? "" : draft.reference());
        ColumnValues values = AdempiereBusinessPartners.checked(
                () -> PaymentColumns.receipt(draft, settings.tenderType()));
        if (settings.bankAccountId() <= 0) {
            throw new ErpException(what + ": no bank account configured (bankAccountId in configuration"
                    + " org.catura.erp.adempiere)");
        }
        MPayment payment = new MPayment(s.ctx, 0, s.trxName);
        payment.setC_BankAccount_ID(settings.bankAccountId());
        // The client's AR receipt document type.
        payment.setC_DocType_ID(true);
        s.apply(payment, "C_Payment", what, values);
        payment.setC_Currency_ID(s.currencyId(draft.amount().currency()));
        Session.save(payment, what);
        return Records.payment(new MPayment(s.ctx, payment.get_ID(), s.trxName));
    }

    @Override
    public Optional<Payment> get(Tx tx, int paymentId) {
        Session s = Session.of(tx, settings);
        MPayment p = new MPayment(s.ctx, paymentId, s.trxName);
        return p.get_ID() > 0 ? Optional.of(Records.payment(p)) : Optional.empty();
    }

    @Override
    public Payment process(Tx tx, int paymentId, DocAction action) {
        Session s = Session.of(tx, settings);
        MPayment p = Session.existing(new MPayment(s.ctx, paymentId, s.trxName), "Payment " + paymentId);
        Documents.process(p, "Payment", action);
        return Records.payment(new MPayment(s.ctx, paymentId, s.trxName));
    }

    @Override
    public Allocation allocate(Tx tx, LocalDate dateTrx, String currency, List<AllocationLineDraft> lines) {
        Session s = Session.of(tx, settings);
        String iso = AdempiereBusinessPartners.checked(() -> SalesOrderColumns.currency("Allocation", currency));
        if (dateTrx == null) {
            throw new ErpException("Allocation: no transaction date");
        }
        int currencyId = s.currencyId(iso);
        Map<Integer, MInvoice> invoices = new HashMap<>();
        Map<Integer, BigDecimal> invoiceOpen = new HashMap<>();
        Map<Integer, BigDecimal> paymentUnused = new HashMap<>();
        for (AllocationLineDraft l : lines == null ? List.<AllocationLineDraft>of() : lines) {
            MInvoice inv = new MInvoice(s.ctx, l.invoiceId(), s.trxName);
            if (inv.get_ID() > 0 && !invoices.containsKey(inv.get_ID())) {
                requireCompleted("Invoice " + inv.getDocumentNo(), inv.getDocStatus());
                requireCurrency("Invoice " + inv.getDocumentNo(), inv.getC_Currency_ID(), currencyId, iso);
                invoices.put(inv.get_ID(), inv);
                invoiceOpen.put(inv.get_ID(), Conversions.decimal(inv.getOpenAmt()));
            }
            MPayment pay = new MPayment(s.ctx, l.paymentId(), s.trxName);
            if (pay.get_ID() > 0 && !paymentUnused.containsKey(pay.get_ID())) {
                requireCompleted("Payment " + pay.getDocumentNo(), pay.getDocStatus());
                requireCurrency("Payment " + pay.getDocumentNo(), pay.getC_Currency_ID(), currencyId, iso);
                BigDecimal allocated = pay.getAllocatedAmt() == null ? BigDecimal.ZERO : pay.getAllocatedAmt().abs();
                paymentUnused.put(pay.get_ID(), Conversions.decimal(pay.getPayAmt()).subtract(allocated));
            }
        }
        List<PlannedLine> plan = AdempiereBusinessPartners.checked(
                () -> AllocationPlan.plan(lines, invoiceOpen, paymentUnused));

        MAllocationHdr hdr = new MAllocationHdr(s.ctx, false, Conversions.timestamp(dateTrx), currencyId,
                "Catura", s.trxName);
        hdr.setAD_Org_ID(invoices.get(plan.get(0).draft().invoiceId()).getAD_Org_ID());
        Session.save(hdr, "Allocation");
        for (PlannedLine p : plan) {
            MInvoice inv = invoices.get(p.draft().invoiceId());
            MAllocationLine line = new MAllocationLine(hdr, p.amount(), p.discountAmt(), p.writeOffAmt(),
                    p.overUnderAmt());
            line.setDocInfo(inv.getC_BPartner_ID(), inv.getC_Order_ID(), inv.get_ID());
            line.setPaymentInfo(p.draft().paymentId(), 0);
            Session.save(line, "Allocation line for invoice " + inv.getDocumentNo());
        }
        Documents.process(hdr, "Allocation", DocAction.COMPLETE);
        return Records.allocation(new MAllocationHdr(s.ctx, hdr.get_ID(), s.trxName));
    }

    private static void requireCompleted(String what, String status) {
        DocStatus st = DocumentCodes.status(status);
        if (st != DocStatus.COMPLETED && st != DocStatus.CLOSED) {
            throw new ErpException(what + " is " + status + "; only completed documents can be allocated");
        }
    }

    private static void requireCurrency(String what, int actual, int expected, String iso) {
        if (actual != expected) {
            throw new ErpException(what + " is not in " + iso);
        }
    }
}

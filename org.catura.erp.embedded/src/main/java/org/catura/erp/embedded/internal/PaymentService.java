package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Allocation;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.PaymentDraft;
import org.catura.core.api.erp.Payments;

/** Receipts (C_Payment with IsReceipt=Y); allocation is delegated to {@link AllocationService}. */
public final class PaymentService implements Payments {

    private final AllocationService allocations = new AllocationService();

    @Override
    public Payment create(Tx tx, PaymentDraft draft) {
        if (draft == null) {
            throw new ErpException("Payment draft is missing");
        }
        BusinessPartnerRepository.requirePartner(tx, draft.bpartnerId());
        if (draft.amount() == null || draft.amount().amount().signum() <= 0) {
            throw new ErpException("Payment amount must be positive, was "
                    + (draft.amount() == null ? null : draft.amount().amount()));
        }
        if (draft.dateTrx() == null) {
            throw new ErpException("Payment: the transaction date (DateTrx) is missing");
        }
        int currencyId = ReferenceData.currencyId(tx, draft.amount().currency());
        String documentNo = DocumentNumbers.nextDocumentNo(tx, ReferenceData.RECEIPT);
        int id = Sql.insert(tx, """
                INSERT INTO C_Payment (DocumentNo, C_DocType_ID, C_BPartner_ID, C_Currency_ID, PayAmt, DateTrx, DateAcct,
                       Description, R_PnRef)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING C_Payment_ID
                """, documentNo, ReferenceData.docTypeId(tx, ReferenceData.RECEIPT), draft.bpartnerId(), currencyId,
                draft.amount().amount(), draft.dateTrx(), draft.dateTrx(), draft.description(), draft.reference());
        return load(tx, id);
    }

    @Override
    public Optional<Payment> get(Tx tx, int paymentId) {
        BigDecimal allocated = allocated(tx, paymentId);
        return Sql.one(tx, """
                SELECT p.C_Payment_ID, p.DocumentNo, p.DocStatus, p.C_BPartner_ID, p.PayAmt, c.ISO_Code, p.DateTrx,
                       p.Description, p.R_PnRef
                  FROM C_Payment p JOIN C_Currency c ON c.C_Currency_ID = p.C_Currency_ID
                 WHERE p.C_Payment_ID = ?
                """, rs -> new Payment(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()),
                rs.getInt(4), new Money(rs.getBigDecimal(5), rs.getString(6).strip()), Sql.date(rs, "DateTrx"),
                rs.getString(8), rs.getString(9), allocated), paymentId);
    }

    @Override
    public Payment process(Tx tx, int paymentId, DocAction action) {
        if (action == null) {
            throw new ErpException("Document action is missing");
        }
        DocumentTable.Locked payment = DocumentTable.PAYMENT.lock(tx, paymentId);
        if (action == DocAction.REACTIVATE) {
            throw new DocActionException(payment.label() + ": a payment cannot be reactivated; void it instead");
        }
        payment.check(action);
        switch (action) {
            case PREPARE -> DocumentTable.PAYMENT.setStatus(tx, paymentId, DocStatus.IN_PROGRESS);
            case COMPLETE -> DocumentTable.PAYMENT.setStatus(tx, paymentId, DocStatus.COMPLETED);
            case CLOSE -> DocumentTable.PAYMENT.setStatus(tx, paymentId, DocStatus.CLOSED);
            case VOID -> {
                BigDecimal allocated = allocated(tx, paymentId);
                if (allocated.signum() != 0) {
                    throw new DocActionException(payment.label() + " cannot be voided: " + allocated.toPlainString()
                            + " of it is allocated to invoices");
                }
                DocumentTable.PAYMENT.setStatus(tx, paymentId, DocStatus.VOIDED);
            }
            default -> throw new IllegalStateException(action.name());
        }
        return load(tx, paymentId);
    }

    @Override
    public Allocation allocate(Tx tx, LocalDate dateTrx, String currency, List<AllocationLineDraft> lines) {
        return allocations.allocate(tx, dateTrx, currency, lines);
    }

    /** The part of the payment that allocations (not voided) have used. */
    static BigDecimal allocated(Tx tx, int paymentId) {
        return Sql.decimal(tx, """
                SELECT sum(al.Amount)
                  FROM C_AllocationLine al JOIN C_AllocationHdr h ON h.C_AllocationHdr_ID = al.C_AllocationHdr_ID
                 WHERE al.C_Payment_ID = ? AND h.DocStatus <> 'VO'
                """, paymentId);
    }

    private Payment load(Tx tx, int paymentId) {
        return get(tx, paymentId).orElseThrow(() -> new ErpException("Payment " + paymentId + " not found"));
    }
}

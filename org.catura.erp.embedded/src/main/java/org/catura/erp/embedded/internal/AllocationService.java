package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Allocation;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.DocStatus;
import org.catura.core.api.erp.ErpException;

/**
 * C_AllocationHdr / C_AllocationLine: applies receipts to invoices. Everything is checked before
 * the first row is written, with the invoices and payments locked, so a refused allocation
 * leaves no trace and two concurrent allocations cannot together over-allocate.
 */
final class AllocationService {

    private record Doc(int id, String documentNo, DocStatus status, String currency, BigDecimal open, int bpartnerId,
            int orderId) {
    }

    Allocation allocate(Tx tx, LocalDate dateTrx, String currency, List<AllocationLineDraft> lines) {
        if (dateTrx == null) {
            throw new ErpException("Allocation: the transaction date is missing");
        }
        if (lines == null || lines.isEmpty()) {
            throw new ErpException("Allocation: no lines given");
        }
        int currencyId = ReferenceData.currencyId(tx, currency);
        String iso = currency.strip().toUpperCase(Locale.ROOT);
        List<AllocationLineDraft> checked = checkAmounts(lines);

        // Lock in id order so concurrent allocations over the same documents cannot deadlock.
        Map<Integer, Doc> invoices = new LinkedHashMap<>();
        for (int id : new TreeSet<>(checked.stream().map(AllocationLineDraft::invoiceId).toList())) {
            invoices.put(id, lockInvoice(tx, id));
        }
        Map<Integer, Doc> payments = new LinkedHashMap<>();
        for (int id : new TreeSet<>(checked.stream().map(AllocationLineDraft::paymentId).toList())) {
            payments.put(id, lockPayment(tx, id));
        }
        for (Doc d : invoices.values()) {
            requireUsable("Invoice", d, iso);
        }
        for (Doc d : payments.values()) {
            requireUsable("Payment", d, iso);
        }
        Map<Integer, BigDecimal> perInvoice = new LinkedHashMap<>();
        Map<Integer, BigDecimal> perPayment = new LinkedHashMap<>();
        for (AllocationLineDraft l : checked) {
            perInvoice.merge(l.invoiceId(), l.amount().add(l.discountAmt()).add(l.writeOffAmt()), BigDecimal::add);
            perPayment.merge(l.paymentId(), l.amount(), BigDecimal::add);
        }
        List<String> refusals = new ArrayList<>();
        perInvoice.forEach((id, amount) -> {
            Doc d = invoices.get(id);
            if (amount.compareTo(d.open()) > 0) {
                refusals.add("invoice " + d.documentNo() + " has " + d.open().toPlainString() + " open, "
                        + amount.toPlainString() + " would be allocated");
            }
        });
        perPayment.forEach((id, amount) -> {
            Doc d = payments.get(id);
            if (amount.compareTo(d.open()) > 0) {
                refusals.add("payment " + d.documentNo() + " has " + d.open().toPlainString() + " unallocated, "
                        + amount.toPlainString() + " would be allocated");
            }
        });
        if (!refusals.isEmpty()) {
            throw new ErpException("Allocation refused, it would over-allocate: " + String.join("; ", refusals));
        }

        String documentNo = DocumentNumbers.nextDocumentNo(tx, ReferenceData.ALLOCATION);
        BigDecimal approval = perPayment.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int hdrId = Sql.insert(tx, """
                INSERT INTO C_AllocationHdr (DocumentNo, C_DocType_ID, DocStatus, DocAction, Processed, DateTrx, DateAcct,
                       C_Currency_ID, ApprovalAmt)
                VALUES (?, ?, 'CO', 'CL', 'Y', ?, ?, ?, ?) RETURNING C_AllocationHdr_ID
                """, documentNo, ReferenceData.docTypeId(tx, ReferenceData.ALLOCATION), dateTrx, dateTrx, currencyId,
                approval);
        Map<Integer, BigDecimal> invoiceOpen = new LinkedHashMap<>();
        invoices.forEach((id, d) -> invoiceOpen.put(id, d.open()));
        for (AllocationLineDraft l : checked) {
            Doc invoice = invoices.get(l.invoiceId());
            BigDecimal openAfter = invoiceOpen.merge(l.invoiceId(),
                    l.amount().add(l.discountAmt()).add(l.writeOffAmt()), BigDecimal::subtract);
            Sql.update(tx, """
                    INSERT INTO C_AllocationLine (C_AllocationHdr_ID, C_Invoice_ID, C_Payment_ID, C_BPartner_ID, C_Order_ID,
                           Amount, DiscountAmt, WriteOffAmt, OverUnderAmt, DateTrx)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, hdrId, l.invoiceId(), l.paymentId(), invoice.bpartnerId(), invoice.orderId(), l.amount(),
                    l.discountAmt(), l.writeOffAmt(), openAfter, dateTrx);
        }
        invoiceOpen.forEach((id, open) -> {
            if (open.signum() == 0) {
                Sql.update(tx, "UPDATE C_Invoice SET IsPaid = 'Y', Updated = now() WHERE C_Invoice_ID = ?", id);
            }
        });
        perPayment.forEach((id, amount) -> {
            if (amount.compareTo(payments.get(id).open()) == 0) {
                Sql.update(tx, "UPDATE C_Payment SET IsAllocated = 'Y', Updated = now() WHERE C_Payment_ID = ?", id);
            }
        });
        return new Allocation(hdrId, documentNo, DocStatus.COMPLETED, dateTrx, iso, checked);
    }

    /** Missing discount / write-off amounts count as zero; nothing may be negative, and a line must move money. */
    private static List<AllocationLineDraft> checkAmounts(List<AllocationLineDraft> lines) {
        List<AllocationLineDraft> checked = new ArrayList<>();
        int n = 0;
        for (AllocationLineDraft l : lines) {
            n++;
            if (l == null) {
                throw new ErpException("Allocation line " + n + " is null");
            }
            BigDecimal amount = l.amount() == null ? BigDecimal.ZERO : l.amount();
            BigDecimal discount = l.discountAmt() == null ? BigDecimal.ZERO : l.discountAmt();
            BigDecimal writeOff = l.writeOffAmt() == null ? BigDecimal.ZERO : l.writeOffAmt();
            if (amount.signum() < 0 || discount.signum() < 0 || writeOff.signum() < 0) {
                throw new ErpException("Allocation line " + n + ": amounts must not be negative");
            }
            if (amount.add(discount).add(writeOff).signum() == 0) {
                throw new ErpException("Allocation line " + n + ": allocates nothing");
            }
            checked.add(new AllocationLineDraft(l.invoiceId(), l.paymentId(), amount, discount, writeOff));
        }
        return checked;
    }

    private static Doc lockInvoice(Tx tx, int invoiceId) {
        Doc d = Sql.one(tx, """
                SELECT i.C_Invoice_ID, i.DocumentNo, i.DocStatus, c.ISO_Code, i.GrandTotal, i.C_BPartner_ID, i.C_Order_ID
                  FROM C_Invoice i JOIN C_Currency c ON c.C_Currency_ID = i.C_Currency_ID
                 WHERE i.C_Invoice_ID = ? FOR UPDATE OF i
                """, rs -> new Doc(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()),
                rs.getString(4).strip(), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7)), invoiceId)
                .orElseThrow(() -> new ErpException("Allocation: invoice " + invoiceId + " does not exist"));
        return new Doc(d.id(), d.documentNo(), d.status(), d.currency(),
                d.open().subtract(InvoiceRepository.allocated(tx, invoiceId)), d.bpartnerId(), d.orderId());
    }

    private static Doc lockPayment(Tx tx, int paymentId) {
        Doc d = Sql.one(tx, """
                SELECT p.C_Payment_ID, p.DocumentNo, p.DocStatus, c.ISO_Code, p.PayAmt, p.C_BPartner_ID
                  FROM C_Payment p JOIN C_Currency c ON c.C_Currency_ID = p.C_Currency_ID
                 WHERE p.C_Payment_ID = ? FOR UPDATE OF p
                """, rs -> new Doc(rs.getInt(1), rs.getString(2), DocStatus.ofCode(rs.getString(3).strip()),
                rs.getString(4).strip(), rs.getBigDecimal(5), rs.getInt(6), 0), paymentId)
                .orElseThrow(() -> new ErpException("Allocation: payment " + paymentId + " does not exist"));
        return new Doc(d.id(), d.documentNo(), d.status(), d.currency(),
                d.open().subtract(PaymentService.allocated(tx, paymentId)), d.bpartnerId(), 0);
    }

    private static void requireUsable(String kind, Doc d, String currency) {
        if (d.status() != DocStatus.COMPLETED && d.status() != DocStatus.CLOSED) {
            throw new ErpException("Allocation: " + kind.toLowerCase(Locale.ROOT) + " " + d.documentNo()
                    + " is in status " + d.status().code() + "; only completed documents can be allocated");
        }
        if (!d.currency().equals(currency)) {
            throw new ErpException("Allocation: " + kind.toLowerCase(Locale.ROOT) + " " + d.documentNo() + " is in "
                    + d.currency() + ", the allocation in " + currency);
        }
    }
}

package org.catura.erp.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.core.api.erp.AllocationLineDraft;
import org.catura.core.api.erp.DocAction;
import org.catura.core.api.erp.DocActionException;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Invoice;
import org.catura.core.api.erp.Money;
import org.catura.core.api.erp.Payment;
import org.catura.core.api.erp.PaymentDraft;
import org.catura.core.api.erp.SalesOrder;
import org.junit.jupiter.api.Test;

class AllocationTest extends ErpTestBase {

    /** Everything an allocation writes, to prove a refusal wrote none of it. */
    private record Trace(long headers, long lines, long paidInvoices, long allocatedPayments, long nextNumber) {
    }

    private Trace trace() {
        return new Trace(count("SELECT count(*) FROM C_AllocationHdr"), count("SELECT count(*) FROM C_AllocationLine"),
                count("SELECT count(*) FROM C_Invoice WHERE IsPaid = 'Y'"),
                count("SELECT count(*) FROM C_Payment WHERE IsAllocated = 'Y'"),
                count("SELECT CurrentNext FROM AD_Sequence WHERE Name = 'DocumentNo_C_AllocationHdr'"));
    }

    @Test
    void allocatingMoreThanThePaymentHasIsRefusedAndWritesNothing() {
        Customer c = customer("DE", "10115");
        Invoice invoice = completedInvoice(c); // 28.79
        Payment payment = completedPayment(c.bpartnerId(), "10.00", "EUR");
        Trace before = trace();
        ErpException e = assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR",
                List.of(line(invoice, payment, "10.01")))));
        assertTrue(e.getMessage().contains("payment " + payment.documentNo()) && e.getMessage().contains("10.01"),
                e.getMessage());
        assertEquals(before, trace());
        assertEquals(0, tx(t -> erp.payments().get(t, payment.id())).orElseThrow().allocatedAmt().signum());
        assertEquals(invoice.grandTotal(), tx(t -> erp.invoices().get(t, invoice.id())).orElseThrow().openAmt());
    }

    @Test
    void allocatingMoreThanTheInvoiceHasOpenIsRefusedAndWritesNothing() {
        Customer c = customer("DE", "10115");
        Invoice invoice = completedInvoice(c);
        Payment payment = completedPayment(c.bpartnerId(), "100.00", "EUR");
        Trace before = trace();
        ErpException e = assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR",
                List.of(line(invoice, payment, invoice.grandTotal().add(dec("0.01")).toPlainString())))));
        assertTrue(e.getMessage().contains("invoice " + invoice.documentNo()), e.getMessage());
        assertEquals(before, trace());
    }

    @Test
    void linesThatTogetherExceedThePaymentAreRefused() {
        Customer c = customer("DE", "10115");
        Invoice a = completedInvoice(c);
        Invoice b = completedInvoice(c);
        Payment payment = completedPayment(c.bpartnerId(), "40.00", "EUR");
        Trace before = trace();
        // Each line alone fits, together 57.58 > 40.00.
        assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of(
                line(a, payment, a.grandTotal().toPlainString()), line(b, payment, b.grandTotal().toPlainString())))));
        assertEquals(before, trace());
    }

    @Test
    void oneSettlementPaymentPaysSeveralInvoicesWithDiscountAndWriteOff() {
        Customer c = customer("DE", "10115");
        Customer d = customer("DE", "20095");
        Invoice a = completedInvoice(c);
        Invoice b = completedInvoice(d);
        Payment payment = completedPayment(c.bpartnerId(), "56.58", "EUR");
        // b: 27.79 paid, 0.50 discount, 0.50 write-off = 28.79
        tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of(
                line(a, payment, a.grandTotal().toPlainString()),
                new AllocationLineDraft(b.id(), payment.id(), dec("27.79"), dec("0.50"), dec("0.50")))));
        assertTrue(tx(t -> erp.invoices().get(t, a.id())).orElseThrow().paid());
        Invoice paidB = tx(t -> erp.invoices().get(t, b.id())).orElseThrow();
        assertTrue(paidB.paid());
        assertEquals(0, paidB.openAmt().signum());
        // Discount and write-off settle the invoice but do not use the payment.
        assertEquals(0, dec("56.58").compareTo(tx(t -> erp.payments().get(t, payment.id())).orElseThrow()
                .allocatedAmt()));
        assertEquals(d.bpartnerId(), count("SELECT C_BPartner_ID FROM C_AllocationLine WHERE C_Invoice_ID = ?", b.id()));
    }

    @Test
    void onlyCompletedDocumentsInTheAllocationsCurrencyAreAllocated() {
        Customer c = customer("DE", "10115");
        Invoice invoice = completedInvoice(c);
        Payment draftPayment = tx(t -> erp.payments().create(t, new PaymentDraft(c.bpartnerId(),
                new Money(dec("5.00"), "EUR"), DAY, null, null)));
        Payment pounds = completedPayment(c.bpartnerId(), "5.00", "GBP");
        Trace before = trace();
        assertTrue(assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR",
                List.of(line(invoice, draftPayment, "5.00"))))).getMessage().contains("status DR"));
        assertTrue(assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR",
                List.of(line(invoice, pounds, "5.00"))))).getMessage().contains("GBP"));
        assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of())));
        assertThrows(ErpException.class, () -> tx(t -> erp.payments().allocate(t, DAY, "EUR",
                List.of(line(invoice, pounds, "-1.00")))));
        assertEquals(before, trace());
    }

    @Test
    void allocatedInvoicesAndPaymentsCannotBeVoided() {
        Customer c = customer("DE", "10115");
        Invoice invoice = completedInvoice(c);
        Payment payment = completedPayment(c.bpartnerId(), "5.00", "EUR");
        tx(t -> erp.payments().allocate(t, DAY, "EUR", List.of(line(invoice, payment, "5.00"))));
        assertTrue(assertThrows(DocActionException.class,
                () -> tx(t -> erp.invoices().process(t, invoice.id(), DocAction.VOID))).getMessage()
                .contains("allocated"));
        assertThrows(DocActionException.class, () -> tx(t -> erp.payments().process(t, payment.id(), DocAction.VOID)));
        assertFalse(tx(t -> erp.invoices().get(t, invoice.id())).orElseThrow().paid());
    }

    private static AllocationLineDraft line(Invoice invoice, Payment payment, String amount) {
        return new AllocationLineDraft(invoice.id(), payment.id(), new BigDecimal(amount), BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private Invoice completedInvoice(Customer c) {
        SalesOrder order = completedOrder(c);
        var shipment = tx(t -> erp.shipments().createFromOrder(t, order.id(), DAY));
        tx(t -> erp.shipments().process(t, shipment.id(), DocAction.COMPLETE));
        Invoice invoice = tx(t -> erp.invoices().createFromShipment(t, shipment.id(), DAY));
        Invoice done = tx(t -> erp.invoices().process(t, invoice.id(), DocAction.COMPLETE));
        assertEquals(dec("28.79"), done.grandTotal());
        return done;
    }

    private Payment completedPayment(int bpartnerId, String amount, String currency) {
        Payment p = tx(t -> erp.payments().create(t, new PaymentDraft(bpartnerId, new Money(dec(amount), currency),
                DAY, null, null)));
        return tx(t -> erp.payments().process(t, p.id(), DocAction.COMPLETE));
    }
}

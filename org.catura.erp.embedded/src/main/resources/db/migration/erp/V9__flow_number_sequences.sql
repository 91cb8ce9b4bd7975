-- The numbers of flow documents (sales orders, delivery notes, partner search keys) come from a
-- PostgreSQL sequence each, drawn on the station's own connection (FlowNumbers): nextval never
-- waits for another transaction, so no station needs a second pooled connection to draw a number.
-- Each starts where its AD_Sequence row stands, with the row's increment; invoices, receipts and
-- allocations stay on AD_Sequence, gapless in the caller's transaction.
DO $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT Name, IncrementNo, CurrentNext FROM AD_Sequence
              WHERE Name IN ('DocumentNo_C_Order', 'DocumentNo_M_InOut', 'C_BPartner') LOOP
        EXECUTE format('CREATE SEQUENCE %I INCREMENT %s START %s', 'flow_' || lower(s.Name), s.IncrementNo,
                s.CurrentNext);
    END LOOP;
END
$$;

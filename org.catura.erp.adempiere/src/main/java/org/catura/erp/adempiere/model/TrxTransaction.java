package org.catura.erp.adempiere.model;

import java.sql.Connection;
import org.catura.erp.adempiere.tx.ErpTransaction;
import org.compiere.util.Trx;

/** An iDempiere/ADempiere Trx as {@link ErpTransaction}: the name is what model classes take as trxName. */
public final class TrxTransaction implements ErpTransaction {

    private final Trx trx;

    private TrxTransaction(Trx trx) {
        this.trx = trx;
    }

    public static TrxTransaction begin() {
        String name = Trx.createTrxName("catura");
        Trx trx = Trx.get(name, true);
        trx.start();
        return new TrxTransaction(trx);
    }

    @Override
    public String name() {
        return trx.getTrxName();
    }

    @Override
    public Connection connection() {
        return trx.getConnection();
    }

    @Override
    public void commit() throws Exception {
        // commit(true) throws the SQLException instead of logging it and returning false.
        trx.commit(true);
    }

    @Override
    public void rollback() {
        trx.rollback();
    }

    @Override
    public void close() {
        trx.close();
    }
}

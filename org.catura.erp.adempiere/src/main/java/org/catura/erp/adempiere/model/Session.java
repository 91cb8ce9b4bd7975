package org.catura.erp.adempiere.model;

import java.util.List;
import java.util.Properties;
import java.util.function.ToIntFunction;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.erp.adempiere.mapping.ColumnValues;
import org.catura.erp.adempiere.mapping.ErpQuery;
import org.catura.erp.adempiere.mapping.FieldLengths;
import org.catura.erp.adempiere.mapping.Queries;
import org.compiere.model.MColumn;
import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.model.Query;
import org.compiere.util.Trx;

/**
 * One port call's view of the ERP: a fresh ctx and the caller's transaction name. Every model
 * object is created and saved in that transaction, so it commits with the plugin's own rows.
 */
final class Session {

    final Properties ctx;
    final String trxName;
    final ErpSettings settings;

    private Session(Properties ctx, String trxName, ErpSettings settings) {
        this.ctx = ctx;
        this.trxName = trxName;
        this.settings = settings;
    }

    static Session of(Tx tx, ErpSettings settings) {
        if (tx == null || tx.name() == null || Trx.get(tx.name(), false) == null) {
            throw new ErpException("Transaction " + (tx == null ? null : tx.name())
                    + " is not an ERP transaction: use the Database service of org.catura.erp.adempiere");
        }
        return new Session(settings.context().toProperties(), tx.name(), settings);
    }

    Query query(ErpQuery q) {
        Query query = new Query(ctx, q.table(), q.where(), trxName).setParameters(q.parameterArray())
                .setOrderBy(q.orderBy()).setOnlyActiveRecords(q.activeOnly());
        return q.clientScoped() ? query.setClient_ID() : query;
    }

    <T extends PO> List<T> list(ErpQuery q) {
        try {
            return query(q).list();
        } catch (RuntimeException e) {
            throw new ErpException("Reading " + q.table() + " failed: " + e.getMessage(), e);
        }
    }

    /** The keys only, for queries whose rows are loaded afterwards, and only some of them. */
    int[] ids(ErpQuery q) {
        try {
            return query(q).getIDs();
        } catch (RuntimeException e) {
            throw new ErpException("Reading " + q.table() + " failed: " + e.getMessage(), e);
        }
    }

    int firstId(ErpQuery q) {
        try {
            return query(q).firstId();
        } catch (RuntimeException e) {
            throw new ErpException("Reading " + q.table() + " failed: " + e.getMessage(), e);
        }
    }

    int countryId(String countryCode) {
        int id = firstId(Queries.countryByCode(countryCode));
        if (id <= 0) {
            throw new ErpException("Country '" + countryCode + "' is not in the ERP (C_Country)");
        }
        return id;
    }

    int currencyId(String iso) {
        int id = firstId(Queries.currencyByIso(iso));
        if (id <= 0) {
            throw new ErpException("Currency '" + iso + "' is not in the ERP (C_Currency)");
        }
        return id;
    }

    /** Column lengths from the dictionary of the installed ERP. */
    ToIntFunction<String> lengthsOf(String table) {
        MTable t = MTable.get(ctx, table);
        return column -> {
            MColumn c = t == null ? null : t.getColumn(column);
            return c == null ? 0 : c.getFieldLength();
        };
    }

    void apply(PO po, String table, String what, ColumnValues values) {
        try {
            FieldLengths.check(what, values, lengthsOf(table));
            values.writeTo(what, table, po::set_ValueOfColumnReturningBoolean);
        } catch (IllegalArgumentException e) {
            throw new ErpException(e.getMessage(), e);
        }
    }

    /** One column, checked: the ERP answers a refused write with false, not an exception. */
    static void set(PO po, String table, String what, String column, Object value) {
        try {
            ColumnValues.write(what, table, column, value, po::set_ValueOfColumnReturningBoolean);
        } catch (IllegalArgumentException e) {
            throw new ErpException(e.getMessage(), e);
        }
    }

    static void save(PO po, String what) {
        try {
            po.saveEx();
        } catch (RuntimeException e) {
            throw new ErpException(what + ": the ERP did not save it: " + e.getMessage(), e);
        }
    }

    static <T extends PO> T existing(T po, String what) {
        if (po.get_ID() <= 0) {
            throw new ErpException(what + " does not exist");
        }
        return po;
    }
}

package org.catura.erp.adempiere.mapping;

import java.util.List;

/**
 * The shape of one ERP Query: table, WHERE clause with ? parameters, ORDER BY, and whether it is
 * limited to the context's client (AD_Client_ID). Run by org.compiere.model.Query, which adds the
 * client and IsActive filters itself.
 */
public record ErpQuery(String table, String where, List<Object> parameters, String orderBy,
        boolean clientScoped, boolean activeOnly) {

    public ErpQuery {
        parameters = List.copyOf(parameters);
        long placeholders = where.chars().filter(c -> c == '?').count();
        if (placeholders != parameters.size()) {
            throw new IllegalArgumentException("Query on " + table + " has " + placeholders + " placeholders but "
                    + parameters.size() + " parameters");
        }
    }

    public Object[] parameterArray() {
        return parameters.toArray();
    }
}

package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.Taxes;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.TaxChoice;
import org.compiere.model.MCountry;
import org.compiere.model.MTax;

final class AdempiereTaxes implements Taxes {

    private final ErpSettings settings;

    AdempiereTaxes(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Tax> list(Tx tx) {
        Session s = Session.of(tx, settings);
        List<MTax> taxes = s.list(Queries.salesTaxes());
        return taxes.stream().map(t -> new Tax(t.get_ID(), t.getName(), t.getRate(),
                t.getTo_Country_ID() > 0 ? MCountry.get(s.ctx, t.getTo_Country_ID()).getCountryCode() : null,
                t.getC_TaxCategory_ID())).toList();
    }

    @Override
    public Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode) {
        return AdempiereBusinessPartners.checked(() -> TaxChoice.byRate(list(tx), rate, countryCode));
    }
}

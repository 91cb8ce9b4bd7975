package org.catura.erp.adempiere.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Tax;
import org.catura.core.api.erp.Taxes;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.TaxChoice;
import org.catura.erp.adempiere.mapping.TaxRows;
import org.compiere.model.MCountry;
import org.compiere.model.MSysConfig;
import org.compiere.model.MTax;
import org.compiere.model.PO;

/**
 * C_Tax by tax category and To_Country_ID, the 0 % treatments marked in TaxIndicator (see
 * {@link TaxRows}); the seller's countries outside the EU with VAT of their own in AD_SysConfig.
 */
final class AdempiereTaxes implements Taxes {

    private final ErpSettings settings;

    AdempiereTaxes(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Tax> list(Tx tx) {
        Session s = Session.of(tx, settings);
        List<MTax> taxes = s.list(Queries.salesTaxes());
        return taxes.stream().map(t -> TaxRows.of(t.get_ID(), t.getName(), t.getRate(),
                t.getTo_Country_ID() > 0 ? MCountry.get(s.ctx, t.getTo_Country_ID()).getCountryCode() : null,
                t.getC_TaxCategory_ID(), text(t, "TaxIndicator"), text(t, "Description"))).toList();
    }

    @Override
    public Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode) {
        return AdempiereBusinessPartners.checked(() -> TaxChoice.byRate(
                list(tx).stream().filter(t -> t.exemption() == null).toList(), rate, countryCode));
    }

    @Override
    public Map<Integer, String> categories(Tx tx) {
        Session s = Session.of(tx, settings);
        List<PO> rows = s.list(Queries.taxCategories());
        return rows.stream().collect(Collectors.toUnmodifiableMap(PO::get_ID, c -> text(c, "Name"), (a, b) -> a));
    }

    @Override
    public Set<String> localVatCountries(Tx tx) {
        return TaxRows.countries(MSysConfig.getValue(TaxRows.LOCAL_VAT_COUNTRIES, "",
                settings.context().clientId(), settings.context().orgId()));
    }

    static String text(PO po, String column) {
        Object value = po.get_Value(column);
        return value == null ? null : value.toString();
    }
}

package org.catura.erp.adempiere.model;

import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.Location;
import org.catura.erp.adempiere.mapping.Queries;
import org.catura.erp.adempiere.mapping.TaxRows;
import org.compiere.model.MLocation;
import org.compiere.model.MSysConfig;
import org.compiere.model.PO;

/**
 * The seller as iDempiere keeps it: the organisation's name (AD_Org), its tax id and address
 * (AD_OrgInfo.TaxID, its C_Location), and whether it uses the OSS (AD_SysConfig CATURA_OSS for
 * the client and organisation). Read only: the details are edited in iDempiere's Organization
 * window. Bank details and the logo are not read here. Without an {@code orgId} in the
 * configuration there is no organisation to read: empty, and the tax falls back to matching
 * Amazon's amounts (see the core README).
 */
final class AdempiereCompany implements CompanyDetails {

    private final ErpSettings settings;

    AdempiereCompany(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Company> get(Tx tx) {
        int orgId = settings.context().orgId();
        if (orgId <= 0) {
            // No organisation configured (orgId 0, "*"): no company to read, as before its details are set.
            return Optional.empty();
        }
        Session s = Session.of(tx, settings);
        List<PO> orgs = s.list(Queries.organisation(orgId));
        List<PO> infos = s.list(Queries.organisationInfo(orgId));
        if (orgs.isEmpty() || infos.isEmpty()) {
            return Optional.empty();
        }
        PO info = infos.get(0);
        Object locationId = info.get_Value("C_Location_ID");
        Location address = null;
        if (locationId instanceof Number id && id.intValue() > 0) {
            MLocation l = new MLocation(s.ctx, id.intValue(), s.trxName);
            address = new Location(l.getAddress1(), l.getAddress2(), l.getAddress3(), l.getAddress4(), l.getCity(),
                    l.getPostal(), AdempiereTaxes.text(l, "RegionName"), l.getCountry().getCountryCode());
        }
        boolean oss = TaxRows.yes(MSysConfig.getValue(TaxRows.OSS, "N", settings.context().clientId(), orgId));
        return Optional.of(new Company(AdempiereTaxes.text(orgs.get(0), "Name"), address,
                AdempiereTaxes.text(info, "TaxID"), null, null, null, null, oss));
    }

    @Override
    public Company save(Tx tx, Company company) {
        throw refused();
    }

    @Override
    public Optional<CompanyLogo> logo(Tx tx) {
        return Optional.empty();
    }

    @Override
    public void saveLogo(Tx tx, CompanyLogo logo) {
        throw refused();
    }

    private ErpException refused() {
        return new ErpException("The company's details are kept in iDempiere: change them in the Organization"
                + " window (AD_Org " + settings.context().orgId() + ", its Organization Info tab) and OSS in"
                + " System Configurator key " + TaxRows.OSS + "; Catura only reads them");
    }
}

package org.catura.erp.adempiere.model;

import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.CompanyLogo;
import org.catura.core.api.erp.ErpException;

/** The organisation's details live in iDempiere's Organization window (AD_OrgInfo). */
final class AdempiereCompany implements CompanyDetails {

    private final ErpSettings settings;

    AdempiereCompany(ErpSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Company> get(Tx tx) {
        throw refused();
    }

    @Override
    public Company save(Tx tx, Company company) {
        throw refused();
    }

    @Override
    public Optional<CompanyLogo> logo(Tx tx) {
        throw refused();
    }

    @Override
    public void saveLogo(Tx tx, CompanyLogo logo) {
        throw refused();
    }

    private ErpException refused() {
        return new ErpException("The company's details are kept in iDempiere's Organization window (AD_Org "
                + settings + ")");
    }
}

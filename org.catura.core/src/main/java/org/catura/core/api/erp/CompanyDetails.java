package org.catura.core.api.erp;

import java.util.Optional;
import org.catura.core.api.db.Tx;

/** The seller's own details: one company per installation (the organisation orders are entered for). */
public interface CompanyDetails {

    /** The company as stored; empty until its details were set. */
    Optional<Company> get(Tx tx);

    /**
     * Stores the company's details, replacing what was there.
     *
     * @throws ErpException naming the field that is wrong, or when this ERP keeps them in its own
     *                      window and does not take them from here
     */
    Company save(Tx tx, Company company);

    Optional<CompanyLogo> logo(Tx tx);

    /** Stores the logo; null removes it. */
    void saveLogo(Tx tx, CompanyLogo logo);
}

package org.catura.core.api.erp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.db.Tx;

/** Sales tax rates. */
public interface Taxes {

    List<Tax> list(Tx tx);

    /** The tax with this rate for sales to the country, else one with this rate for any country. */
    Optional<Tax> findByRate(Tx tx, BigDecimal rate, String countryCode);
}

package org.catura.shipping.api;

import java.io.Reader;
import org.catura.core.api.db.Tx;

/**
 * The carriers, zones, services, rates and priority rules of the transaction's tenant as one JSON
 * document (the format: the shipping plugin's docs/catalogue.md). An import is all or nothing:
 * rows are matched by their search keys and updated, new ones added, nothing deleted; secrets are
 * sealed on the way in and never written out.
 */
public interface CarrierCatalogue {

    /** @throws CatalogueException with every problem found, each naming its place in the document */
    CatalogueImport importJson(Tx tx, Reader json);

    /** The catalogue as it stands, in the import's format, with every secret left out. */
    String exportJson(Tx tx);
}

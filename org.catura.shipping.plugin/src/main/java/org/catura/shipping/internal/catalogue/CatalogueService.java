package org.catura.shipping.internal.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Warehouse;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CarrierCatalogue;
import org.catura.shipping.api.CatalogueException;
import org.catura.shipping.api.CatalogueImport;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.shipping.internal.choice.RuleConditions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The catalogue document (docs/catalogue.md): read whole, checked whole against itself and the
 * tenant, and only then written, in the caller's transaction; any problem throws
 * {@link CatalogueException} before the first row is touched.
 */
@Component(service = CarrierCatalogue.class)
public final class CatalogueService implements CarrierCatalogue {

    private final Erp erp;
    private final CatalogueWriter writer;
    private final RuleConditions conditions = new RuleConditions();
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Activate
    public CatalogueService(@Reference Erp erp, @Reference Secrets secrets, @Reference ShippingSchema schema) {
        this(erp, secrets);
    }

    public CatalogueService(Erp erp, Secrets secrets) {
        this.erp = erp;
        this.writer = new CatalogueWriter((tx, table) -> erp.recordIds().next(tx, table), secrets);
    }

    @Override
    public CatalogueImport importJson(Tx tx, Reader json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new CatalogueException(List.of(where + "not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue document: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CatalogueException(List.of("the document must be one JSON object { \"zones\": […], "
                    + "\"carriers\": […], \"rules\": […] }"));
        }
        List<Warehouse> warehouses = erp.products().warehouses(tx);
        Tenant tenant = Tenant.load(tx, warehouses);
        CatalogueReader reader = new CatalogueReader(tenant, iso -> currency(tx, iso), conditions);
        Optional<Document> doc = reader.read(new Fields(root, "", reader.problems()));
        if (doc.isEmpty()) {
            throw new CatalogueException(reader.problems());
        }
        CatalogueImport stored = writer.write(tx, doc.get(), tenant);
        List<String> warnings = new java.util.ArrayList<>(reader.warnings());
        warnings.addAll(stored.warnings());
        return new CatalogueImport(stored.carriersAdded(), stored.carriersUpdated(), stored.zones(), stored.services(),
                stored.rates(), stored.rules(), warnings);
    }

    @Override
    public String exportJson(Tx tx) {
        try {
            return mapper.writeValueAsString(new CatalogueExport().export(tx, erp.products().warehouses(tx)))
                    + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the catalogue: " + e.getMessage(), e);
        }
    }

    private static Optional<Integer> currency(Tx tx, String iso) {
        return Sql.one(tx, "select C_Currency_ID from C_Currency where upper(ISO_Code) = ? order by C_Currency_ID",
                rs -> rs.getInt(1), iso.toUpperCase(Locale.ROOT));
    }
}

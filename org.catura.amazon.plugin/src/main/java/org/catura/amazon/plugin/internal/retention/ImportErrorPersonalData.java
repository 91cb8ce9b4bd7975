package org.catura.amazon.plugin.internal.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.catura.amazon.plugin.api.AmazonImports;
import org.catura.core.api.db.Sql;
import org.catura.core.api.db.Tx;
import org.catura.core.api.retention.ErasableOrder;
import org.catura.core.api.retention.PersonalData;
import org.catura.core.api.retention.PersonalDataHolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The buyer data the Amazon import keeps of its own: the raw order (Amazon's JSON, with buyer and
 * recipient) and the message of each import error. Erased for the orders core names (whatever
 * the error's status: the order is done), and for errors skipped or resolved more than the window
 * ago, whose order may never have come in. An OPEN error of no due order keeps its data: the
 * import still needs it.
 */
@Component(service = PersonalDataHolder.class)
public final class ImportErrorPersonalData implements PersonalDataHolder {

    private static final String TABLE = "amazon_import_error";

    private record Row(long id, String message, String rawJson) {
    }

    /** {@code imports}: the Amazon component, which migrates amazon_import_error before it serves. */
    @Activate
    public ImportErrorPersonalData(@Reference AmazonImports imports) {
        // the reference only orders activation after the Amazon tables exist
    }

    /** Without the component, for tests on a migrated database. */
    public ImportErrorPersonalData() {
    }

    @Override
    public String name() {
        return "amazon";
    }

    @Override
    public Map<String, Integer> erase(Tx tx, List<ErasableOrder> orders) {
        int changed = 0;
        for (ErasableOrder o : orders) {
            changed += erase(tx, Sql.query(tx, """
                    select error_id, message, raw_json from amazon_import_error
                     where channel = ? and amazon_order_id = ?""",
                    ImportErrorPersonalData::row, o.channel(), o.externalId()), o.personalValues());
        }
        return changed == 0 ? Map.of() : Map.of(TABLE, changed);
    }

    @Override
    public Map<String, Integer> eraseWithoutOrder(Tx tx, int days) {
        // An error erased once holds the marker; the rest are read again, changed only if they hold data.
        int changed = 0;
        for (Row r : Sql.query(tx, """
                select error_id, message, raw_json from amazon_import_error
                 where status <> 'OPEN' and coalesce(resolved_at, last_seen_at) < now() - make_interval(days => ?)
                   and raw_json is not null and strpos(raw_json, ?) = 0""",
                ImportErrorPersonalData::row, days, PersonalData.ERASED)) {
            changed += erase(tx, List.of(r), PersonalData.values(r.rawJson()));
        }
        return changed == 0 ? Map.of() : Map.of(TABLE, changed);
    }

    private static int erase(Tx tx, List<Row> rows, Collection<String> orderValues) {
        int changed = 0;
        for (Row r : rows) {
            Set<String> values = new LinkedHashSet<>(orderValues);
            values.addAll(PersonalData.values(r.rawJson()));
            String message = PersonalData.eraseText(r.message(), values);
            String raw = PersonalData.eraseJson(r.rawJson(), values);
            if (!message.equals(r.message()) || !Objects.equals(raw, r.rawJson())) {
                changed += Sql.update(tx, "update amazon_import_error set message = ?, raw_json = ? where error_id = ?",
                        message, Sql.text(raw), r.id());
            }
        }
        return changed;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("error_id"), rs.getString("message"), rs.getString("raw_json"));
    }
}

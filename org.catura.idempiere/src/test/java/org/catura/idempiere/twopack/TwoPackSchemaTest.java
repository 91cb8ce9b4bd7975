package org.catura.idempiere.twopack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.db.Sql;
import org.catura.erp.embedded.internal.ErpComponent;
import org.catura.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One schema serves both worlds: every AD_Table and AD_Column of the 2Pack must be the table and
 * column the standalone runtime's Flyway migrations create (name, SQL type by AD_Reference and
 * FieldLength, IsMandatory as NOT NULL, the key), and the migrations must create no column the
 * 2Pack does not declare.
 */
class TwoPackSchemaTest {

    /**
     * Tables of the 2Pack the runtime's migrations do not create (yet): none since core V15
     * (CAT_ReleaseRule), ticket V3 (CAT_TicketType) and amazon V4 (CAT_AmazonChannel). Fails when
     * the set changes, so a table added to the 2Pack first is listed here until its migration lands.
     */
    private static final Set<String> NOT_YET_IN_THE_SCHEMA = Set.of();

    private static TestDatabase db;

    @BeforeAll
    static void runtimeSchema() {
        db = TestDatabase.prepared("runtime-schema", database -> {
            new ErpComponent(database);
            for (String module : List.of("ticket", "amazon", "webui", "shipping")) {
                Migrations.migrate(database.dataSource(), module, TwoPackSchemaTest.class.getClassLoader());
            }
        });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void everyTableOfThe2PackIsTheTableTheStandaloneRuntimeCreates() throws IOException {
        Map<String, List<DictionaryColumn>> declared = declared(PackOut.source());
        assertEquals(Set.of("cat_amazonchannel", "cat_releaserule", "cat_tickettype", "cat_carrier", "cat_shippingzone",
                "cat_shippingservice", "cat_shippingrate", "cat_shippingrule"), declared.keySet());

        Set<String> missing = new TreeSet<>();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<DictionaryColumn>> table : declared.entrySet()) {
            Map<String, DictionaryColumn> actual = created(table.getKey());
            if (actual.isEmpty()) {
                missing.add(table.getKey());
                continue;
            }
            for (DictionaryColumn column : table.getValue()) {
                DictionaryColumn found = actual.remove(column.column());
                if (found == null) {
                    differences.add("2Pack: " + column + " | runtime: no such column");
                } else if (!found.equals(column)) {
                    differences.add("2Pack: " + column + " | runtime: " + found);
                }
            }
            actual.values().forEach(c -> differences.add("2Pack: no such column | runtime: " + c));
        }
        assertEquals(List.of(), differences, "columns where the 2Pack and the runtime's migrations differ");
        assertEquals(new TreeSet<>(NOT_YET_IN_THE_SCHEMA), missing,
                "tables of the 2Pack the standalone runtime's migrations do not create (NOT_YET_IN_THE_SCHEMA)");
    }

    @Test
    void everyUniqueIndexOfThe2PackIsAnIndexTheStandaloneRuntimeCreates() throws IOException {
        PackOut pack = PackOut.source();
        Map<String, String> tableByUuid = pack.rows("AD_Table").stream()
                .collect(Collectors.toMap(t -> t.get("AD_Table_UU"), t -> t.get("TableName").toLowerCase(Locale.ROOT)));
        Map<String, String> columnByUuid = pack.rows("AD_Column").stream()
                .collect(Collectors.toMap(c -> c.get("AD_Column_UU"), c -> c.get("ColumnName").toLowerCase(Locale.ROOT)));
        List<String> differences = new ArrayList<>();
        for (PackOut.Row index : pack.rows("AD_TableIndex")) {
            String table = tableByUuid.get(index.get("AD_Table_ID"));
            if (NOT_YET_IN_THE_SCHEMA.contains(table)) {
                continue;
            }
            String columns = pack.rows("AD_IndexColumn").stream()
                    .filter(c -> c.get("AD_TableIndex_ID").equals(index.get("AD_TableIndex_UU")))
                    .map(c -> columnByUuid.get(c.get("AD_Column_ID"))).collect(Collectors.joining(", "));
            String declared = ("Y".equals(index.get("IsUnique")) ? "unique " : "") + index.get("Name").toLowerCase(Locale.ROOT)
                    + " on " + table + " (" + columns + ")";
            String created = db.text("""
                    select case when i.indisunique then 'unique ' else '' end || c.relname || ' on ' || t.relname || ' ('
                           || (select string_agg(a.attname, ', ' order by k.n) from unnest(i.indkey) with ordinality k(attnum, n)
                                 join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) || ')'
                      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
                     where t.relname = ? and c.relname = ?""", table, index.get("Name").toLowerCase(Locale.ROOT));
            if (!declared.equals(created)) {
                differences.add("2Pack: " + declared + " | runtime: " + (created == null ? "no such index" : created));
            }
        }
        assertEquals(List.of(), differences, "indexes where the 2Pack and the runtime's migrations differ");
    }

    @Test
    void theTypeMappingIsIdempieresForTheStandardColumns() {
        assertEquals("numeric(10)", DictionaryColumn.sqlType("CAT_TicketType_ID", 13, 10));
        assertEquals("numeric(10)", DictionaryColumn.sqlType("CreatedBy", 30, 10));
        assertEquals("char(1)", DictionaryColumn.sqlType("IsActive", 20, 1));
        assertEquals("timestamp", DictionaryColumn.sqlType("Created", 16, 7));
        assertEquals("varchar(2000)", DictionaryColumn.sqlType("RuleCondition", 14, 2000));
        assertEquals("numeric", DictionaryColumn.sqlType("DueHours", 22, 14));
    }

    /** The columns each AD_Table of the pack declares, keyed by the lower-case table name. */
    static Map<String, List<DictionaryColumn>> declared(PackOut pack) {
        Map<String, String> tableByUuid = pack.rows("AD_Table").stream()
                .collect(Collectors.toMap(t -> t.get("AD_Table_UU"), t -> t.get("TableName")));
        Map<String, List<DictionaryColumn>> out = new TreeMap<>();
        for (PackOut.Row c : pack.rows("AD_Column")) {
            String table = tableByUuid.get(c.get("AD_Table_ID"));
            assertFalse(table == null, "AD_Column " + c.get("ColumnName") + " names no AD_Table of the pack");
            String name = c.get("ColumnName");
            DictionaryColumn column = new DictionaryColumn(table.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
                    DictionaryColumn.sqlType(name, Integer.parseInt(c.get("AD_Reference_ID")),
                            Integer.parseInt(c.get("FieldLength"))),
                    "Y".equals(c.get("IsMandatory")), "Y".equals(c.get("IsKey")));
            out.computeIfAbsent(column.table(), t -> new ArrayList<>()).add(column);
        }
        return out;
    }

    /** The columns the runtime's migrations created for {@code table}; empty when there is no such table. */
    private static Map<String, DictionaryColumn> created(String table) {
        List<String> keyColumns = db.tx(tx -> Sql.query(tx, """
                select k.column_name from information_schema.table_constraints c
                  join information_schema.key_column_usage k
                    on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
                 where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema() and c.table_name = ?""",
                rs -> rs.getString(1), table));
        Set<String> keys = new TreeSet<>(keyColumns);
        Map<String, DictionaryColumn> out = new TreeMap<>();
        List<DictionaryColumn> columns = db.tx(tx -> Sql.query(tx, """
                select column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable
                  from information_schema.columns where table_schema = current_schema() and table_name = ?""",
                rs -> {
                    String column = rs.getString(1);
                    return new DictionaryColumn(table, column, type(rs.getString(2), rs.getObject(3), rs.getObject(4),
                            rs.getObject(5)), "NO".equals(rs.getString(6)), keys.contains(column));
                }, table));
        columns.forEach(c -> out.put(c.column(), c));
        return out;
    }

    private static String type(String dataType, Object length, Object precision, Object scale) {
        return switch (dataType) {
            case "numeric" -> precision == null ? "numeric"
                    : "numeric(" + precision + (scale == null || ((Number) scale).intValue() == 0 ? "" : "," + scale) + ")";
            case "character varying" -> "varchar(" + length + ")";
            case "character" -> "char(" + length + ")";
            case "timestamp without time zone" -> "timestamp";
            default -> dataType;
        };
    }
}

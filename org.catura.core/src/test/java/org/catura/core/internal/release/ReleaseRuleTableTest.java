package org.catura.core.internal.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.DatabaseException;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.release.InvalidRuleException;
import org.catura.core.api.release.ReleaseAction;
import org.catura.core.api.release.ReleaseRule;
import org.catura.core.internal.process.CoreSchema;
import org.catura.core.testing.SequenceRecordIds;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Core V15: the release rules move to CAT_ReleaseRule with their ids, in the dictionary's shape. */
class ReleaseRuleTableTest {

    EmbeddedPostgres postgres;
    DataSource dataSource;
    Database database;

    @BeforeEach
    void startAtV14() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        database = new JdbcDatabase(dataSource);
        Flyway.configure(CoreSchema.class.getClassLoader()).dataSource(dataSource).table("catura_schema_core")
                .locations("classpath:db/migration/core").baselineOnMigrate(true).baselineVersion("0").target("14")
                .load().migrate();
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void everyRuleMovesWithItsIdAndTheOldTableGoes() throws Exception {
        execute("update catura_release_rule set active = false, updated_by = 'sue',"
                + " updated_at = '2026-11-30T22:30:00Z' where name = 'Gift wrap'");
        Map<Long, String> before = rules("select rule_id, seq || '|' || name || '|' || condition || '|' || action"
                + " || '|' || reason || '|' || hold_hours || '|' || coalesce(hold_until, '-') || '|'"
                + " || case when active then 'Y' else 'N' end from catura_release_rule");
        assertTrue(before.size() > 10, "the default rules are there before: " + before.size());

        CoreSchema.migrate(database);

        Map<Long, String> after = rules("select CAT_ReleaseRule_ID, SeqNo || '|' || Name || '|' || RuleCondition"
                + " || '|' || ReleaseAction || '|' || Reason || '|' || HoldHours || '|' || coalesce(HoldUntil, '-')"
                + " || '|' || IsActive from CAT_ReleaseRule");
        // V17 then retires one System rule: the carrier matrix decides signature and ID checks
        assertTrue(after.values().stream().anyMatch(r -> r.startsWith("106|Signature or ID check|")
                && r.contains("|Retired: the carrier matrix") && r.endsWith("|N")), after.toString());
        before.values().removeIf(r -> r.startsWith("106|Signature or ID check|"));
        after.values().removeIf(r -> r.startsWith("106|Signature or ID check|"));
        assertEquals(before, after);
        assertEquals("0|0|100|100|sue|2026-11-30 22:30:00", one("select AD_Client_ID || '|' || AD_Org_ID || '|'"
                + " || CreatedBy || '|' || UpdatedBy || '|' || ChangedBy || '|' || Updated from CAT_ReleaseRule"
                + " where Name = 'Gift wrap'"), "updated_at becomes Updated in UTC wall time");
        assertEquals(before.size() + 1, Long.parseLong(one("select count(distinct CAT_ReleaseRule_UU) from CAT_ReleaseRule")));
        assertEquals("0", one("select count(*) from information_schema.tables where table_name = 'catura_release_rule'"));
    }

    @Test
    void theTableHasTheDictionarysColumnsInItsOrder() throws Exception {
        CoreSchema.migrate(database);
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        select column_name, data_type, coalesce(character_maximum_length, numeric_precision, 0),
                               is_nullable, coalesce(column_default, '')
                          from information_schema.columns where table_name = 'cat_releaserule'
                         order by ordinal_position""")) {
            while (rs.next()) {
                columns.add(rs.getString(1) + " " + rs.getString(2) + "(" + rs.getInt(3) + ") "
                        + ("NO".equals(rs.getString(4)) ? "NOT NULL" : "NULL")
                        + (rs.getString(5).isEmpty() ? "" : " DEFAULT " + rs.getString(5)));
            }
        }
        assertEquals(List.of(
                "cat_releaserule_id numeric(10) NOT NULL",
                "cat_releaserule_uu character varying(36) NULL DEFAULT NULL::character varying",
                "ad_client_id numeric(10) NOT NULL",
                "ad_org_id numeric(10) NOT NULL",
                "isactive character(1) NOT NULL DEFAULT 'Y'::bpchar",
                "created timestamp without time zone(0) NOT NULL DEFAULT now()",
                "createdby numeric(10) NOT NULL",
                "updated timestamp without time zone(0) NOT NULL DEFAULT now()",
                "updatedby numeric(10) NOT NULL",
                "seqno numeric(10) NOT NULL",
                "name character varying(120) NOT NULL",
                "rulecondition character varying(2000) NOT NULL",
                "releaseaction character varying(20) NOT NULL",
                "reason character varying(2000) NULL",
                "holdhours numeric(10) NOT NULL DEFAULT 0",
                "holduntil character varying(2000) NULL",
                "changedby character varying(120) NULL"), columns);
        assertEquals("1", one("select count(*) from pg_indexes where tablename = 'cat_releaserule'"
                + " and indexname = 'cat_releaserule_uu_idx'"));
    }

    @Test
    void aNewRuleTakesItsIdFromTheRecordIdsAndAChangeRecordsWhoAndWhen() throws Exception {
        CoreSchema.migrate(database);
        RuleStore store = new RuleStore(new SequenceRecordIds());
        ReleaseRule saved = database.inTransaction(tx -> store.save(tx, new ReleaseRule(0, 5, "Table test",
                "country == 'FR'", ReleaseAction.MANUAL_QUEUE, "French order", 0, true), "clara"));
        assertEquals(1000000, saved.id());
        ReleaseRule second = database.inTransaction(tx -> store.save(tx, new ReleaseRule(0, 6, "Table test 2",
                "country == 'IT'", ReleaseAction.RELEASE, "", 0, false), "clara"));
        assertEquals(1000001, second.id());
        assertEquals("Y|clara|1000000|100", one("select IsActive || '|' || ChangedBy || '|' || AD_Client_ID || '|'"
                + " || CreatedBy from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000000"));
        assertEquals("N", one("select IsActive from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000001"));
        assertNotNull(one("select CAT_ReleaseRule_UU from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000000"));

        String created = one("select Created from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000000");
        database.inTransaction(tx -> store.save(tx, new ReleaseRule(saved.id(), 5, "Table test", "country == 'FR'",
                ReleaseAction.MANUAL_QUEUE, "French order, check the address", 0, false), "sue"));
        assertEquals("N|sue|" + created, one("select IsActive || '|' || ChangedBy || '|' || Created"
                + " from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000000"));
        assertEquals("0", one("select count(*) from CAT_ReleaseRule where CAT_ReleaseRule_ID = 1000000"
                + " and abs(extract(epoch from Updated - (now() at time zone 'UTC'))) > 60"),
                "Updated is now in UTC wall time");
    }

    @Test
    void aTenantsOrdersAreDecidedOnSystemsRulesAndItsOwnNeverOnAnotherTenants() throws Exception {
        CoreSchema.migrate(database);
        RuleStore store = new RuleStore(new SequenceRecordIds());
        int system = database.inTransaction(tx -> store.stored(tx)).size();
        database.inTransaction(1000042, tx -> store.save(tx, new ReleaseRule(0, 1, "Only 42",
                "country == 'FR'", ReleaseAction.MANUAL_QUEUE, "Tenant 42's rule", 0, true), "clara"));

        List<String> for42 = database.inTransaction(1000042, tx -> store.list(tx)).stream().map(ReleaseRule::name)
                .toList();
        List<String> forStandalone = database.inTransaction(tx -> store.list(tx)).stream().map(ReleaseRule::name)
                .toList();
        assertEquals(system + 1, for42.size());
        assertEquals("Only 42", for42.get(0), "its own rule, in SeqNo order among System's");
        assertEquals(system, forStandalone.size(), "another tenant never sees tenant 42's rule: " + forStandalone);
        assertEquals("1000042", one("select AD_Client_ID from CAT_ReleaseRule where Name = 'Only 42'"));

        ReleaseRule its = database.inTransaction(1000042, tx -> store.list(tx)).get(0);
        assertThrows(IllegalArgumentException.class, () -> database.inTransaction(tx -> store.save(tx,
                new ReleaseRule(its.id(), 1, "Only 42", "true", ReleaseAction.RELEASE, "", 0, true), "mallory")),
                "another tenant cannot change it");
    }

    @Test
    void whatDoesNotFitTheColumnsIsRefusedWithTheRuleName() throws Exception {
        CoreSchema.migrate(database);
        RuleStore store = new RuleStore(new SequenceRecordIds());
        InvalidRuleException e = assertThrows(InvalidRuleException.class, () -> database.inTransaction(tx ->
                store.save(tx, new ReleaseRule(0, 5, "Long reason", "country == 'FR'", ReleaseAction.MANUAL_QUEUE,
                        "x".repeat(2001), 0, true), "clara")));
        assertTrue(e.getMessage().contains("Long reason") && e.getMessage().contains("2001"), e.getMessage());
        assertEquals("0", one("select count(*) from CAT_ReleaseRule where Name = 'Long reason'"));
    }

    @Test
    void aRuleIdFromOneMillionUpStopsTheMigrationSayingWhatToDo() throws Exception {
        execute("insert into catura_release_rule (rule_id, seq, name, condition, action)"
                + " values (1000000, 1, 'Big id', 'true', 'RELEASE')");
        DatabaseException e = assertThrows(DatabaseException.class, () -> CoreSchema.migrate(database));
        assertTrue(e.getMessage().contains("Renumber"), e.getMessage());
        assertFalse(one("select count(*) from information_schema.tables where table_name = 'catura_release_rule'")
                .equals("0"), "the old table stays");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private String one(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Map<Long, String> rules(String sql) throws Exception {
        Map<Long, String> rules = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rules.put(rs.getLong(1), rs.getString(2));
            }
        }
        return rules;
    }
}

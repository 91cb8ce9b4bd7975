package org.catura.amazon.plugin.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.ChannelSecrets;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.amazon.plugin.internal.AmazonComponent;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.core.api.db.Migrations;
import org.catura.core.api.secret.AesGcmSecrets;
import org.catura.core.api.secret.Secrets;
import org.catura.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Amazon V4: the channels move to CAT_AmazonChannel, in the dictionary's shape, with everything they had. */
class ChannelTableTest {

    static final Secrets SECRETS = new AesGcmSecrets(new byte[32]);

    TestDatabase db;

    @BeforeEach
    void amazonTablesAtV3() {
        db = TestDatabase.empty();
        Flyway.configure(AmazonComponent.class.getClassLoader()).dataSource(db.dataSource())
                .table("catura_schema_amazon").locations("classpath:db/migration/amazon").baselineOnMigrate(true)
                .baselineVersion("0").target("3").load().migrate();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void everyChannelMovesWithItsSettingsSecretsAndHistoryAndTheOldTableGoes() {
        String secret = SECRETS.seal("amzn1.oa2-cs.v1.secret");
        String refresh = SECRETS.seal("Atzr|IwEBI-refresh");
        db.execute("""
                insert into amazon_channel (name, seller_id, endpoint, token_url, marketplace_ids, client_id,
                       client_secret_sealed, refresh_token_sealed, import_interval_seconds, overlap_minutes,
                       time_compression, sync_enabled, import_since, version, created_at, updated_at, updated_by)
                values ('amazon-eu', 'A2SELLER', 'https://sellingpartnerapi-eu.amazon.com',
                        'https://api.amazon.com/auth/o2/token', 'A1PA6795UKMFR9,A13V1IB3VIYZZH', 'amzn1.app.client',
                        ?, ?, 300, 10, 1, true, '2026-11-01T00:30:00+01:00', 4, '2026-10-01T10:00:00+02:00',
                        '2026-11-30T23:30:00+01:00', 'anna'),
                       ('amazon-na', 'A3SELLER', 'https://sellingpartnerapi-na.amazon.com',
                        'https://api.amazon.com/auth/o2/token', 'ATVPDKIKX0DER', 'amzn1.app.other',
                        null, null, 120, 0, 60, false, null, 1, '2026-10-02T10:00:00+02:00',
                        '2026-10-02T10:00:00+02:00', null)""", secret, refresh);
        db.execute("insert into amazon_import_state (channel, watermark) values ('amazon-eu', now())");

        Migrations.migrate(db.dataSource(), "amazon", AmazonComponent.class.getClassLoader());

        assertEquals("1|1000000|0|Y|100|100|amazon-eu|A2SELLER|https://sellingpartnerapi-eu.amazon.com"
                + "|https://api.amazon.com/auth/o2/token|A1PA6795UKMFR9,A13V1IB3VIYZZH|amzn1.app.client|300|10|1|Y"
                + "|2026-10-01 08:00:00|2026-11-30 22:30:00|2026-10-31 23:30:00|4|anna", row("amazon-eu"),
                "instants become UTC wall time, the flag Y/N, the version RowVersion, updated_by ChangedBy");
        assertEquals("2|1000000|0|Y|100|100|amazon-na|A3SELLER|https://sellingpartnerapi-na.amazon.com"
                + "|https://api.amazon.com/auth/o2/token|ATVPDKIKX0DER|amzn1.app.other|120|0|60|N"
                + "|2026-10-02 08:00:00|2026-10-02 08:00:00|-|1|-", row("amazon-na"));
        assertEquals(secret, db.text("select ClientSecretSealed from CAT_AmazonChannel where Name = 'amazon-eu'"),
                "sealed exactly as before");
        assertEquals(refresh, db.text("select RefreshTokenSealed from CAT_AmazonChannel where Name = 'amazon-eu'"));
        assertEquals(2, db.count("select count(distinct CAT_AmazonChannel_UU) from CAT_AmazonChannel"));
        assertEquals(0, db.count("select count(*) from information_schema.tables where table_name = 'amazon_channel'"));

        assertThrows(RuntimeException.class,
                () -> db.execute("insert into amazon_import_state (channel) values ('amazon-none')"),
                "the import state still refers to a channel, by its name");
        db.execute("delete from CAT_AmazonChannel where Name = 'amazon-eu'");
        assertEquals(0, db.count("select count(*) from amazon_import_state"), "and goes with it");
    }

    @Test
    void aMigratedChannelReadsAsBeforeAndANewOneGetsItsIdFromTheTableIdSequenceAndItsTenant() {
        db.execute("""
                insert into amazon_channel (name, seller_id, endpoint, token_url, marketplace_ids, client_id,
                       import_interval_seconds, overlap_minutes, import_since, version)
                values ('amazon-old', 'A2SELLER', 'https://sellingpartnerapi-eu.amazon.com',
                        'https://api.amazon.com/auth/o2/token', 'A1PA6795UKMFR9', 'amzn1.app.client', 300, 10,
                        '2026-11-01T00:30:00+01:00', 7)""");
        Migrations.migrate(db.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
        ChannelService channels = new ChannelService(db.database(), SECRETS, Fixture.IDS, AllowedHosts.amazonOnly(),
                () -> { });

        StoredChannel old = channels.require("amazon-old");
        assertEquals(7, old.version());
        assertEquals(Instant.parse("2026-10-31T23:30:00Z"), old.channel().importSince());
        assertEquals(1000000, old.channel().tenantId());

        AmazonChannel created = channels.create(AmazonChannel.of("amazon-t42", "A4SELLER", AmazonChannel.EU_ENDPOINT,
                AmazonChannel.AMAZON_TOKEN_URL, List.of("A1PA6795UKMFR9"), "amzn1.app.t42")
                .withImportSince(Instant.parse("2026-12-01T12:00:00Z")).withTenantId(1000042),
                ChannelSecrets.of("s", "r"), "ben");
        assertEquals(1000042, created.tenantId());
        assertEquals(Instant.parse("2026-12-01T12:00:00Z"), created.importSince());
        assertEquals("1000000|1000042|0|ben|2026-12-01 12:00:00", db.text("select CAT_AmazonChannel_ID || '|' ||"
                + " AD_Client_ID || '|' || AD_Org_ID || '|' || ChangedBy || '|' || ImportSince from CAT_AmazonChannel"
                + " where Name = 'amazon-t42'"));

        InvalidChannelException moved = assertThrows(InvalidChannelException.class,
                () -> channels.save(old.channel().withTenantId(1000042), null));
        assertEquals("tenantId", moved.details().get(0).field());
        assertEquals(1000042, channels.change("amazon-t42", c -> c.withOverlapMinutes(5), null, "ben").tenantId(),
                "an edit keeps the tenant");
    }

    @Test
    void theTableHasTheDictionarysColumnsInItsOrder() {
        Migrations.migrate(db.dataSource(), "amazon", AmazonComponent.class.getClassLoader());
        assertEquals("""
                cat_amazonchannel_id numeric(10,0) NO
                cat_amazonchannel_uu character varying(36) YES NULL
                ad_client_id numeric(10,0) NO
                ad_org_id numeric(10,0) NO
                isactive character(1) NO 'Y'
                created timestamp without time zone NO now()
                createdby numeric(10,0) NO
                updated timestamp without time zone NO now()
                updatedby numeric(10,0) NO
                name character varying(64) NO
                sellerid character varying(64) NO
                endpoint character varying(500) NO
                tokenurl character varying(500) NO
                marketplaceids character varying(500) NO
                clientkey character varying(200) NO
                clientsecretsealed character varying(4000) YES
                refreshtokensealed character varying(4000) YES
                importintervalseconds numeric(10,0) NO
                overlapminutes numeric(10,0) NO
                timecompression numeric NO 1
                issyncenabled character(1) NO 'N'
                importsince timestamp without time zone YES
                rowversion numeric(10,0) NO 1
                changedby character varying(120) YES""", db.text("""
                select string_agg(column_name || ' ' || data_type
                           || coalesce('(' || character_maximum_length || ')', '')
                           || coalesce(case when data_type = 'numeric' and numeric_precision is not null
                                            then '(' || numeric_precision || ',' || numeric_scale || ')' end, '')
                           || ' ' || is_nullable
                           || coalesce(' ' || regexp_replace(column_default, '::[a-z ]+$', ''), ''),
                           chr(10) order by ordinal_position)
                  from information_schema.columns where table_name = 'cat_amazonchannel'"""));
        assertEquals("cat_amazonchannel_name (name)|cat_amazonchannel_uu_idx (cat_amazonchannel_uu)", db.text("""
                select string_agg(indexname || ' ' || substring(indexdef from '\\(.*\\)$'), '|' order by indexname)
                  from pg_indexes where tablename = 'cat_amazonchannel' and indexdef like 'CREATE UNIQUE INDEX%'
                   and indexname <> 'cat_amazonchannel_pkey'"""), "Name unique over all tenants: the other tables name their channel");
    }

    private String row(String name) {
        return db.text("""
                select CAT_AmazonChannel_ID || '|' || AD_Client_ID || '|' || AD_Org_ID || '|' || IsActive || '|'
                       || CreatedBy || '|' || UpdatedBy || '|' || Name || '|' || SellerID || '|' || Endpoint || '|'
                       || TokenURL || '|' || MarketplaceIDs || '|' || ClientKey || '|' || ImportIntervalSeconds || '|'
                       || OverlapMinutes || '|' || TimeCompression || '|' || IsSyncEnabled || '|' || Created || '|'
                       || Updated || '|' || coalesce(ImportSince::text, '-') || '|' || RowVersion || '|'
                       || coalesce(ChangedBy, '-')
                  from CAT_AmazonChannel where Name = ?""", name);
    }
}

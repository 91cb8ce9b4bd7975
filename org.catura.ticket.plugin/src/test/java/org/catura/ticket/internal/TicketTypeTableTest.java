package org.catura.ticket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.db.Sql;
import org.catura.mail.internal.MailQueueComponent;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketDraft;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ticket V3: due time, supervisor and escalation per ticket type from CAT_TicketType. */
class TicketTypeTableTest extends TicketTestBase {

    @BeforeEach
    void rowsAsSeeded() {
        tx(t -> Sql.update(t, "delete from CAT_TicketType"));
        tx(t -> Sql.update(t, """
                insert into CAT_TicketType (CAT_TicketType_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value,
                                            Name, DueHours, Supervisor, SupervisorEMail)
                values (101, 1000000, 0, 100, 100, 'MANUAL_QUEUE', 'Manual queue', 4, 'sabine', 'sabine@shop.example'),
                       (106, 1000000, 0, 100, 100, 'OTHER', 'Other', 48, 'sabine', 'sabine@shop.example')"""));
    }

    Ticket open(TicketType type) {
        return tx(t -> tickets.open(t, new TicketDraft(type, "About nothing in particular", null, null, null, null,
                null, null), "anna")).ticket();
    }

    static Duration given(Ticket t) {
        return Duration.between(t.createdAt(), t.dueAt());
    }

    void setRow(TicketType type, String assignments) {
        tx(t -> Sql.update(t, "update CAT_TicketType set " + assignments + " where Value = ?", type.name()));
    }

    @Test
    void theMigrationSeedsEveryTypeWithTheConfigurationsDefaultsAsSystemRowsEveryTenantHas() {
        TestSchema fresh = new TestSchema();
        try {
            List<String> rows = fresh.rows();
            assertEquals(List.of("MANUAL_QUEUE Manual queue 4 supervisor - Y Y", "STATION_ERROR Station error 2 supervisor - Y Y",
                    "NO_SHIPPING_CONFIRMATION No shipping confirmation 8 supervisor - Y Y",
                    "CANCEL_AFTER_SHIPPING Cancel after shipping 8 supervisor - Y Y",
                    "IMPORT_ERROR Import error 8 supervisor - Y Y", "OTHER Other 48 supervisor - Y Y",
                    "CARRIER_MESSAGE_REJECTED Carrier message rejected 8 supervisor - Y Y"), rows);
        } finally {
            fresh.close();
        }
    }

    @Test
    void aTenantsOwnRowDecidesForItsTicketsAndSystemsForEveryOtherTenant() {
        tx(t -> Sql.update(t, "delete from CAT_TicketType"));
        tx(t -> Sql.update(t, """
                insert into CAT_TicketType (CAT_TicketType_ID, AD_Client_ID, AD_Org_ID, CreatedBy, UpdatedBy, Value,
                                            Name, DueHours)
                values (101, 0, 0, 100, 100, 'MANUAL_QUEUE', 'Manual queue', 4),
                       (1000000, 1000042, 0, 100, 100, 'MANUAL_QUEUE', 'Manual queue', 1)"""));
        Ticket standalone = open(TicketType.MANUAL_QUEUE);
        Ticket of42 = db.inTransaction(1000042, t -> tickets.open(t, new TicketDraft(TicketType.MANUAL_QUEUE,
                "About nothing in particular", null, null, null, null, null, null), "anna")).ticket();
        assertEquals(Duration.ofHours(4), given(standalone), "System's row");
        assertEquals(Duration.ofHours(1), given(of42), "tenant 42's own row");
    }

    @Test
    void aNewTicketIsDueAfterItsTypesDueHours() {
        setRow(TicketType.MANUAL_QUEUE, "DueHours = 3.5");
        assertEquals(Duration.ofMinutes(210), given(open(TicketType.MANUAL_QUEUE)));
        assertEquals(Duration.ofHours(48), given(open(TicketType.OTHER)));
    }

    @Test
    void changedDueHoursApplyToTheNextTicket() {
        Ticket before = open(TicketType.OTHER);
        setRow(TicketType.OTHER, "DueHours = 0.25");
        Ticket after = open(TicketType.OTHER);
        assertEquals(Duration.ofHours(48), given(before));
        assertEquals(Duration.ofMinutes(15), given(after));
        assertEquals(before.dueAt(), tx(t -> tickets.get(t, before.id())).orElseThrow().dueAt(),
                "an open ticket keeps its due date");
    }

    @Test
    void aTypeWithoutARowFallsBackToTheConfiguredHours() {
        // STATION_ERROR has no row here: the deprecated configuration (defaults: 2 hours) decides.
        assertEquals(Duration.ofHours(2), given(open(TicketType.STATION_ERROR)));
    }

    @Test
    void aTypeThatSaysNoEscalationNeverEscalatesItsOverdueTickets() {
        setRow(TicketType.OTHER, "IsEscalate = 'N'");
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            overdue.add(overdue(open(TicketType.OTHER)));
        }
        long manual = overdue(open(TicketType.MANUAL_QUEUE));

        Escalator escalator = new Escalator(db, new MailQueueComponent(outbox), settings);
        assertEquals(1, escalator.run(), "only the manual-queue ticket escalates");
        assertEquals(0, escalator.run());
        for (long id : overdue) {
            Ticket t = tx(x -> tickets.get(x, id)).orElseThrow();
            assertEquals(0, t.escalations(), "ticket " + id);
            assertEquals("anna", t.assignee());
        }
        assertEquals(1, tx(x -> tickets.get(x, manual)).orElseThrow().escalations());
        assertEquals(1, count("select count(*) from catura_outbox where topic = 'mail'"));
    }

    @Test
    void anInactiveTypeRowNeverEscalatesEither() {
        setRow(TicketType.OTHER, "IsActive = 'N'");
        long id = overdue(open(TicketType.OTHER));
        assertEquals(0, new Escalator(db, new MailQueueComponent(outbox), settings).run());
        assertEquals(0, tx(x -> tickets.get(x, id)).orElseThrow().escalations());
    }

    @Test
    void anOverdueTicketGoesToItsTypesSupervisorAndAddress() throws Exception {
        setRow(TicketType.OTHER, "Supervisor = 'otto', SupervisorEMail = 'otto@shop.example'");
        long id = overdue(open(TicketType.OTHER));
        assertEquals(1, new Escalator(db, new MailQueueComponent(outbox), settings).run());
        assertEquals("otto", tx(x -> tickets.get(x, id)).orElseThrow().assignee());
        String to = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tx(x -> Sql.one(x,
                "select payload from catura_outbox where topic = 'mail'", rs -> rs.getString(1))).orElseThrow())
                .get("to").asText();
        assertEquals("otto@shop.example", to);
    }

    @Test
    void aSupervisorWithoutAnAddressGetsTheMailAtTheUserName() throws Exception {
        setRow(TicketType.OTHER, "Supervisor = 'otto', SupervisorEMail = null");
        overdue(open(TicketType.OTHER));
        new Escalator(db, new MailQueueComponent(outbox), settings).run();
        String to = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tx(x -> Sql.one(x,
                "select payload from catura_outbox where topic = 'mail'", rs -> rs.getString(1))).orElseThrow())
                .get("to").asText();
        assertEquals("otto", to);
    }

    @Test
    void theTableHasTheDictionarysColumnsInItsOrder() {
        List<String> columns = tx(t -> Sql.query(t, """
                select column_name || ' ' || data_type || '(' || coalesce(character_maximum_length, numeric_precision, 0)
                       || ') ' || case when is_nullable = 'NO' then 'NOT NULL' else 'NULL' end
                  from information_schema.columns where table_name = 'cat_tickettype' order by ordinal_position""",
                rs -> rs.getString(1)));
        assertEquals(List.of("cat_tickettype_id numeric(10) NOT NULL", "cat_tickettype_uu character varying(36) NULL",
                "ad_client_id numeric(10) NOT NULL", "ad_org_id numeric(10) NOT NULL", "isactive character(1) NOT NULL",
                "created timestamp without time zone(0) NOT NULL", "createdby numeric(10) NOT NULL",
                "updated timestamp without time zone(0) NOT NULL", "updatedby numeric(10) NOT NULL",
                "value character varying(40) NOT NULL", "name character varying(60) NOT NULL",
                "duehours numeric(0) NOT NULL", "supervisor character varying(120) NULL",
                "supervisoremail character varying(200) NULL", "isescalate character(1) NOT NULL",
                "changedby character varying(120) NULL"), columns);
    }

    /** Due an hour ago; returns its id. */
    long overdue(Ticket t) {
        tx(x -> tickets.changeDueDate(x, t.id(), Instant.now().minus(1, ChronoUnit.HOURS), "anna", "late"));
        tx(x -> tickets.assign(x, t.id(), "anna", "anna", null));
        return t.id();
    }

    /** A database migrated from nothing, for what the migration itself seeds. */
    static final class TestSchema implements AutoCloseable {
        final org.catura.testing.TestDatabase database = org.catura.testing.TestDatabase.empty();

        TestSchema() {
            org.catura.core.internal.process.CoreSchema.migrate(database.database());
            TicketSchema.migrate(database.database());
        }

        List<String> rows() {
            return database.database().inTransaction(t -> Sql.query(t, """
                    select Value || ' ' || Name || ' ' || DueHours || ' ' || coalesce(Supervisor, '-') || ' '
                           || coalesce(SupervisorEMail, '-') || ' ' || IsEscalate || ' ' || IsActive
                      from CAT_TicketType where AD_Client_ID = 0 order by CAT_TicketType_ID""",
                    rs -> rs.getString(1)));
        }

        @Override
        public void close() {
            database.close();
        }
    }
}

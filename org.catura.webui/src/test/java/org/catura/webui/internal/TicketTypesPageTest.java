package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The tickets page lists what CAT_TicketType sets per type, read-only, as the table says now. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketTypesPageTest {

    Site site;

    @BeforeAll
    void start() throws Exception {
        site = new Site();
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
    }

    String typesTable() {
        Client c = new Client(site.url);
        c.login("clara", Site.PASSWORD);
        HttpResponse<String> page = c.get("/catura/tickets");
        assertEquals(200, page.statusCode(), page.body());
        String body = page.body();
        int start = body.indexOf("id=\"ticket-types\"");
        assertTrue(start > 0, body);
        return body.substring(start, body.indexOf("</table>", start)).replaceAll("\\s+", " ");
    }

    @Test
    void theTicketTypesShowTheTablesDueHoursSupervisorAndEscalation() {
        String table = typesTable();
        assertTrue(table.contains("<td>Manual queue</td><td>4</td><td>supervisor</td> <td>supervisor</td><td>yes</td>"),
                table);
        assertTrue(table.contains("<td>Other</td><td>48</td>"), table);

        site.execute("update CAT_TicketType set DueHours = 2.5, Supervisor = 'sue', SupervisorEMail = 'sue@shop.example',"
                + " IsEscalate = 'N' where Value = 'MANUAL_QUEUE'");
        try {
            table = typesTable();
            assertTrue(table.contains("<td>Manual queue</td><td>2.5</td><td>sue</td> <td>sue@shop.example</td><td>no</td>"),
                    table);
        } finally {
            site.execute("update CAT_TicketType set DueHours = 4, Supervisor = 'supervisor', SupervisorEMail = null,"
                    + " IsEscalate = 'Y' where Value = 'MANUAL_QUEUE'");
        }
    }
}

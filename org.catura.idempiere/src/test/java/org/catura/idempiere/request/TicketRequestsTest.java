package org.catura.idempiere.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketPriority;
import org.catura.ticket.api.TicketStatus;
import org.catura.ticket.api.TicketType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TicketRequestsTest {

    @Test
    void theRequestTypeAndClosedStatusAreTheRecordsThe2PackShips() throws Exception {
        Document pack = pack();
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("Catura", xpath.evaluate("//R_RequestType[R_RequestType_UU='" + TicketRequests.REQUEST_TYPE_UU
                + "']/Name", pack));
        assertEquals("Y", xpath.evaluate("//R_Status[R_Status_UU='" + TicketRequests.STATUS_CLOSED_UU + "']/IsClosed",
                pack));
        String category = xpath.evaluate("//R_RequestType[R_RequestType_UU='" + TicketRequests.REQUEST_TYPE_UU
                + "']/R_StatusCategory_ID", pack);
        assertEquals(category, xpath.evaluate("//R_Status[R_Status_UU='" + TicketRequests.STATUS_CLOSED_UU
                + "']/R_StatusCategory_ID", pack), "the Closed status belongs to the request type's category");
    }

    @Test
    void aTicketsRequestHasTheSameUuidEveryTimeAndAnotherTicketAnother() {
        assertEquals(TicketRequests.uuid(ticket(7)), TicketRequests.uuid(ticket(7)));
        assertNotEquals(TicketRequests.uuid(ticket(7)), TicketRequests.uuid(ticket(8)));
        assertEquals(36, TicketRequests.uuid(ticket(7)).length());
    }

    private static Ticket ticket(long id) {
        Instant now = Instant.parse("2026-12-02T05:00:00Z");
        return new Ticket(id, TicketType.MANUAL_QUEUE, TicketStatus.OPEN, TicketPriority.HIGH, "Ship-to too long", null,
                42L, 1000001, null, now, now, "catura", now, null, 0);
    }

    private static Document pack() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(Path.of("src/main/2pack/org.catura.idempiere_1.0.0/dict/PackOut.xml"))) {
            return f.newDocumentBuilder().parse(in);
        }
    }
}

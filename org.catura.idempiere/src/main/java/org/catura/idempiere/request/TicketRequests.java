package org.catura.idempiere.request;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.catura.core.api.db.Database;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketObserver;
import org.compiere.model.MRequest;
import org.compiere.model.MSysConfig;
import org.compiere.model.MTable;
import org.compiere.model.Query;
import org.compiere.util.Env;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a Catura ticket opens, iDempiere shows it too: an R_Request of the request type "Catura"
 * (from the 2Pack), the ticket's summary as its summary, on the order's C_Order and business
 * partner where there are; closed with the status "Closed" when the ticket closes. The request's
 * UUID is derived from the ticket id, so a ticket never gets two requests and its request is
 * found again without a column of our own. Runs after the ticket's commit, in a transaction of
 * its own and in the context of the ticket's tenant (the thread's own context is put back after);
 * failures are logged, never thrown (the ticket stands either way).
 */
@Component(service = TicketObserver.class)
public final class TicketRequests implements TicketObserver {

    private static final Logger LOG = LoggerFactory.getLogger(TicketRequests.class);

    /** R_RequestType_UU of the request type Catura and R_Status_UU of its Closed, as the 2Pack ships them. */
    static final String REQUEST_TYPE_UU = "9a4f8a8e-5c55-5b5b-9b43-3c1b2b7e6a01";
    static final String STATUS_CLOSED_UU = "9a4f8a8e-5c55-5b5b-9b43-3c1b2b7e6a03";

    private final OrderProcess process;
    private final Database database;

    @Activate
    public TicketRequests(@Reference OrderProcess process, @Reference Database database) {
        this.process = process;
        this.database = database;
    }

    @Override
    public void opened(int clientId, Ticket ticket) {
        inTenant(clientId, ticket, "No iDempiere request for ticket {}: {}", ctx -> open(ctx, clientId, ticket));
    }

    @Override
    public void closed(int clientId, Ticket ticket) {
        inTenant(clientId, ticket, "The iDempiere request of ticket {} was not closed: {}", ctx -> close(ctx, ticket));
    }

    /** Runs {@code work} with the tenant's context in Env.getCtx(), which MRequest's own code reads. */
    private void inTenant(int clientId, Ticket ticket, String failure, Consumer<Properties> work) {
        Properties before = new Properties();
        before.putAll(Env.getCtx());
        try {
            if (MTable.getTable_ID("CAT_TicketType") == 0) {
                return; // the 2Pack is not applied yet: no request type to file it under
            }
            Properties ctx = new Properties();
            ctx.putAll(before);
            ctx.setProperty("#AD_Client_ID", String.valueOf(clientId));
            ctx.setProperty("#AD_Org_ID", String.valueOf(MSysConfig.getIntValue("CATURA_ORG_ID", 0, clientId)));
            ctx.setProperty("#AD_User_ID", String.valueOf(MSysConfig.getIntValue("CATURA_USER_ID", 100, clientId)));
            Env.setCtx(ctx);
            work.accept(ctx);
        } catch (RuntimeException e) {
            LOG.warn(failure, ticket.id(), e.toString(), e);
        } finally {
            Env.setCtx(before);
        }
    }

    private void open(Properties ctx, int clientId, Ticket ticket) {
        if (find(ctx, ticket).isPresent()) {
            return;
        }
        int requestType = new Query(ctx, "R_RequestType", "R_RequestType_UU=?", null)
                .setParameters(REQUEST_TYPE_UU).firstId();
        if (requestType <= 0) {
            LOG.warn("No request for ticket {}: the request type Catura ({}) is missing", ticket.id(),
                    REQUEST_TYPE_UU);
            return;
        }
        MRequest request = new MRequest(ctx, 0, null);
        request.setR_RequestType_ID(requestType);
        request.setSummary(summary(ticket));
        request.setSalesRep_ID(Integer.parseInt(ctx.getProperty("#AD_User_ID")));
        if (ticket.bpartnerId() != null) {
            request.setC_BPartner_ID(ticket.bpartnerId());
        }
        salesOrder(clientId, ticket).ifPresent(order -> request.setC_Order_ID(order));
        if (!request.set_ValueOfColumnReturningBoolean("R_Request_UU", uuid(ticket))) {
            // without its UUID the request would be made again for the same ticket
            throw new IllegalStateException("R_Request_UU cannot be set on a new request");
        }
        request.saveEx();
    }

    private void close(Properties ctx, Ticket ticket) {
        Optional<MRequest> request = find(ctx, ticket);
        if (request.isEmpty()) {
            return;
        }
        int closed = new Query(ctx, "R_Status", "R_Status_UU=?", null).setParameters(STATUS_CLOSED_UU).firstId();
        if (closed <= 0) {
            LOG.warn("Request of ticket {} stays open: the status Closed ({}) is missing", ticket.id(),
                    STATUS_CLOSED_UU);
            return;
        }
        request.get().setR_Status_ID(closed);
        request.get().saveEx();
    }

    private Optional<MRequest> find(Properties ctx, Ticket ticket) {
        MRequest found = new Query(ctx, "R_Request", "R_Request_UU=?", null).setParameters(uuid(ticket)).first();
        return Optional.ofNullable(found);
    }

    private Optional<Integer> salesOrder(int clientId, Ticket ticket) {
        if (ticket.orderId() == null) {
            return Optional.empty();
        }
        return database.inTransaction(clientId, tx -> process.view(tx, ticket.orderId()))
                .map(OrderProcessView::documents).map(d -> d.get(DocumentKind.SALES_ORDER));
    }

    /** R_Request.Summary holds 2000 characters. */
    private static String summary(Ticket ticket) {
        String text = "Catura #" + ticket.id() + " " + ticket.type() + ": " + ticket.summary();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** The same UUID for the same ticket, on every node and every time. */
    static String uuid(Ticket ticket) {
        return UUID.nameUUIDFromBytes(("catura-ticket:" + ticket.id()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

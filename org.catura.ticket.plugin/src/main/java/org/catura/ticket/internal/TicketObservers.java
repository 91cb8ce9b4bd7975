package org.catura.ticket.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.catura.core.api.db.Tx;
import org.catura.ticket.api.Ticket;
import org.catura.ticket.api.TicketObserver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TicketObserver}s of the running system, shared by every ticket store of the plugin.
 * Dynamic: an observer that comes or goes (its bundle restarted) changes nothing else.
 */
@Component(service = TicketObservers.class)
public final class TicketObservers {

    private static final Logger LOG = LoggerFactory.getLogger(TicketObservers.class);

    private final List<TicketObserver> observers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(TicketObserver observer) {
        observers.add(observer);
    }

    void remove(TicketObserver observer) {
        observers.remove(observer);
    }

    boolean any() {
        return !observers.isEmpty();
    }

    void opened(Tx tx, Ticket ticket) {
        int clientId = tx.clientId();
        afterCommit(tx, o -> o.opened(clientId, ticket), "opened", ticket);
    }

    void closed(Tx tx, Ticket ticket) {
        int clientId = tx.clientId();
        afterCommit(tx, o -> o.closed(clientId, ticket), "closed", ticket);
    }

    private void afterCommit(Tx tx, Consumer<TicketObserver> call, String what, Ticket ticket) {
        if (observers.isEmpty()) {
            return;
        }
        tx.afterCommit(() -> {
            for (TicketObserver o : observers) {
                try {
                    call.accept(o);
                } catch (RuntimeException e) {
                    // The ticket is committed either way; a mirror that failed must not undo or hide that.
                    LOG.warn("{} was not told that ticket {} was {}: {}", o.getClass().getName(), ticket.id(), what,
                            e.toString(), e);
                }
            }
        });
    }
}

package org.catura.core.internal.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.StationContext;

/** One order as a station sees it; collects links and notes to store with the state change. */
final class OrderContext implements StationContext {

    private final Tx tx;
    private final long orderId;
    private final ImportedOrder order;
    private final int attempts;
    private final Map<DocumentKind, Integer> documents;
    private final Map<DocumentKind, Integer> newLinks = new EnumMap<>(DocumentKind.class);
    private final List<String> notes = new ArrayList<>();

    OrderContext(Tx tx, long orderId, ImportedOrder order, int attempts, Map<DocumentKind, Integer> documents) {
        this.tx = tx;
        this.orderId = orderId;
        this.order = order;
        this.attempts = attempts;
        this.documents = new EnumMap<>(DocumentKind.class);
        this.documents.putAll(documents);
    }

    @Override
    public Tx tx() {
        return tx;
    }

    @Override
    public long orderId() {
        return orderId;
    }

    @Override
    public ImportedOrder order() {
        return order;
    }

    @Override
    public int attempts() {
        return attempts;
    }

    @Override
    public Optional<Integer> document(DocumentKind kind) {
        return Optional.ofNullable(documents.get(kind));
    }

    @Override
    public void link(DocumentKind kind, int erpId) {
        documents.put(kind, erpId);
        newLinks.put(kind, erpId);
    }

    @Override
    public void note(String message) {
        notes.add(message);
    }

    Map<DocumentKind, Integer> newLinks() {
        return newLinks;
    }

    List<String> notes() {
        return notes;
    }
}

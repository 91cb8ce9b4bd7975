package org.catura.core.internal.process;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.outbox.Outbox;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.process.ChosenCustomer;
import org.catura.core.api.process.HandInResult;
import org.catura.core.api.process.OrderIssue;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.process.OrderProcessView;
import org.catura.core.api.process.OrderQuery;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.ProcessEvent;
import org.catura.core.api.process.ProcessListener;
import org.catura.core.api.process.ProcessSettings;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.UpdateResult;
import org.catura.core.api.process.WaitingOrder;
import org.catura.core.api.process.WorkerStatus;
import org.catura.core.internal.outbox.OutboxStore;
import org.catura.core.internal.outbox.RetrySchedule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs the order process on this node and serves {@link OrderProcess} and {@link Outbox}; tells
 * every {@link ProcessListener} of each transition.
 */
@Component(service = {OrderProcess.class, Outbox.class}, configurationPid = "org.catura.process")
@Designate(ocd = EngineConfig.class)
public final class EngineComponent implements OrderProcess, Outbox {

    private final ProcessEngine engine;
    private final ProcessStore store;
    private final OutboxStore outbox = new OutboxStore();

    @Activate
    public EngineComponent(@Reference Database database, @Reference CoreSchema schema, EngineConfig config) {
        ProcessSettings settings = new ProcessSettings(config.maxAttempts(),
                Duration.ofSeconds(config.firstRetrySeconds()), Duration.ofSeconds(config.maxRetrySeconds()),
                config.batchSize(), Duration.ofSeconds(config.leaseSeconds()),
                Duration.ofMillis(config.idlePollMillis()));
        RetrySchedule outboxRetry = new RetrySchedule(config.outboxMaxAttempts(),
                Duration.ofSeconds(config.outboxFirstRetrySeconds()), Duration.ofSeconds(config.outboxMaxRetrySeconds()));
        this.engine = new ProcessEngine(database, settings, outboxRetry, nodeName(config.node()), config.workers());
        this.store = new ProcessStore(engine);
        engine.start();
    }

    @Deactivate
    void deactivate() {
        engine.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStation(Station station) {
        engine.addStation(station);
    }

    void removeStation(Station station) {
        engine.removeStation(station);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ProcessListener listener) {
        engine.addListener(listener);
    }

    void removeListener(ProcessListener listener) {
        engine.removeListener(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSink(OutboxSink sink) {
        engine.addSink(sink);
    }

    void removeSink(OutboxSink sink) {
        engine.removeSink(sink);
    }

    public static String nodeName(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }

    @Override
    public HandInResult handIn(Tx tx, ImportedOrder order, String rawJson) {
        return store.handIn(tx, order, rawJson);
    }

    @Override
    public UpdateResult update(Tx tx, ImportedOrder order, String rawJson) {
        return store.update(tx, order, rawJson);
    }

    @Override
    public Optional<ImportedOrder> order(Tx tx, long orderId) {
        return store.order(tx, orderId);
    }

    @Override
    public Optional<Long> findOrderId(Tx tx, String channel, String externalId) {
        return store.findOrderId(tx, channel, externalId);
    }

    @Override
    public Optional<OrderProcessView> view(Tx tx, long orderId) {
        return store.view(tx, orderId);
    }

    @Override
    public List<OrderProcessView> list(Tx tx, Optional<OrderState> state, int limit) {
        return store.list(tx, state, limit);
    }

    @Override
    public List<OrderProcessView> search(Tx tx, OrderQuery query) {
        return store.search(tx, query);
    }

    @Override
    public List<ProcessEvent> timeline(Tx tx, long orderId) {
        return store.timeline(tx, orderId);
    }

    @Override
    public List<OrderIssue> openIssues(Tx tx, long orderId) {
        return store.openIssues(tx, orderId);
    }

    @Override
    public List<WaitingOrder> waiting(Tx tx, int limit) {
        return store.waiting(tx, limit);
    }

    @Override
    public Optional<WaitingOrder> waiting(Tx tx, long orderId) {
        return store.waiting(tx, orderId);
    }

    @Override
    public Map<OrderState, Long> countByState(Tx tx) {
        return store.countByState(tx);
    }

    @Override
    public Map<OrderState, Long> countByState(Tx tx, OrderQuery query) {
        return store.countByState(tx, query);
    }

    @Override
    public boolean idle(Tx tx) {
        return store.idle(tx);
    }

    @Override
    public List<WorkerStatus> workers() {
        return engine.workers();
    }

    @Override
    public void moveTo(Tx tx, long orderId, OrderState state, String who, String reason) {
        store.moveTo(tx, orderId, state, who, reason);
    }

    @Override
    public void moveTo(Tx tx, long orderId, OrderState expected, OrderState state, String who, String reason) {
        store.moveTo(tx, orderId, expected, state, who, reason);
    }

    @Override
    public void lockAt(Tx tx, long orderId, OrderState expected) {
        store.lockAt(tx, orderId, expected);
    }

    @Override
    public void chooseCustomer(Tx tx, long orderId, ChosenCustomer customer, String who, String reason) {
        store.chooseCustomer(tx, orderId, customer, who, reason);
    }

    @Override
    public void correctDeliveryAddress(Tx tx, long orderId, PostalAddress address, String who) {
        store.correctDeliveryAddress(tx, orderId, address, who);
    }

    @Override
    public void note(Tx tx, long orderId, String who, String message) {
        store.note(tx, orderId, who, message);
    }

    @Override
    public boolean enqueue(Tx tx, String topic, String idempotencyKey, String payload) {
        return outbox.enqueue(tx, topic, idempotencyKey, payload);
    }
}

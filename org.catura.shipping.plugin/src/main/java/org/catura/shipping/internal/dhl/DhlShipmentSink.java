package org.catura.shipping.internal.dhl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.catura.core.api.db.Database;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.outbox.OutboxMessage;
import org.catura.core.api.outbox.OutboxSink;
import org.catura.core.api.outbox.UndeliverableMessageException;
import org.catura.core.api.process.OrderProcess;
import org.catura.core.api.secret.Secrets;
import org.catura.shipping.api.CarrierConfirmation;
import org.catura.shipping.api.ConfirmationResult;
import org.catura.shipping.api.ConfirmationSource;
import org.catura.shipping.api.ConfirmedParcel;
import org.catura.shipping.api.ShippingConfirmations;
import org.catura.shipping.internal.ShippingSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers topic {@value #TOPIC}: creates the shipment at DHL Parcel DE (Shipping API v2) and
 * records DHL's answer as the carrier's confirmation, one parcel per shipment number, with the
 * label PDF on it. DHL knows no idempotency key, so a shipment with parcels recorded is never
 * sent again, and a created shipment's answer is kept (committed) before it is recorded: a
 * resend records from the kept answer instead of creating a second DHL shipment.
 * Refusals for good (validation, credentials, our own missing data) park the message with the
 * reason; 429, 5xx and timeouts are tried again by the outbox.
 */
@Component(service = OutboxSink.class, configurationPid = "org.catura.shipping.dhl",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DhlConfig.class)
public final class DhlShipmentSink implements OutboxSink {

    public static final String TOPIC = "shipping-dhl";
    private static final Logger LOG = LoggerFactory.getLogger(DhlShipmentSink.class);

    private final Database database;
    private final Erp erp;
    private final OrderProcess orders;
    private final ShippingConfirmations confirmations;
    private final DhlCarrierReader carriers;
    private final DhlApi api;
    private final DhlAnswerStore store = new DhlAnswerStore();
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public DhlShipmentSink(@Reference Database database, @Reference Erp erp, @Reference OrderProcess orders,
            @Reference Secrets secrets, @Reference ShippingConfirmations confirmations,
            @Reference ShippingSchema schema, DhlConfig config) {
        this(database, erp, orders, secrets, confirmations, Duration.ofSeconds(config.connectTimeoutSeconds()),
                Duration.ofSeconds(config.timeoutSeconds()), Clock.systemUTC());
    }

    public DhlShipmentSink(Database database, Erp erp, OrderProcess orders, Secrets secrets,
            ShippingConfirmations confirmations, Duration connectTimeout, Duration timeout, Clock clock) {
        this.database = database;
        this.erp = erp;
        this.orders = orders;
        this.confirmations = confirmations;
        this.carriers = new DhlCarrierReader(secrets);
        this.api = new DhlApi(connectTimeout, timeout);
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** What to do for the message, decided in one read transaction. */
    private record Plan(DhlCarrierSettings carrier, String orderReference, String request, DhlAnswerStore.Kept kept,
            boolean done) {
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        DhlPayload payload = DhlPayload.parse(json, message.payload());
        Plan plan = database.inTransaction(tx -> {
            if (store.parcelsRecorded(tx, payload.shipmentId())) {
                return new Plan(null, null, null, null, true);
            }
            DhlCarrierSettings carrier = carriers.carrier(tx, payload.carrier());
            ImportedOrder order = orders.order(tx, payload.orderId()).orElseThrow(() ->
                    new UndeliverableMessageException("Order " + payload.orderId() + " of " + payload.reference()
                            + " does not exist"));
            DhlAnswerStore.Kept kept = store.kept(tx, payload.shipmentId()).orElse(null);
            if (kept != null) {
                return new Plan(carrier, order.externalId(), null, kept, false);
            }
            Shipment shipment = erp.shipments().get(tx, payload.shipmentId()).orElseThrow(() ->
                    new UndeliverableMessageException("Delivery note " + payload.shipmentId() + " of "
                            + payload.reference() + " does not exist in the ERP"));
            if (shipment.orderId() <= 0) {
                throw new UndeliverableMessageException("Delivery note " + shipment.documentNo() + " has no order");
            }
            DhlShipmentFacts facts = carriers.facts(tx, payload.shipmentId(), payload.carrier());
            Company seller = erp.company().get(tx).orElse(null);
            String body = DhlOrderRequest.body(json, payload.reference(), carrier.billingNumber(),
                    LocalDate.now(clock.withZone(carrier.timeZone())), facts, seller, order.deliveryAddress());
            return new Plan(carrier, order.externalId(), body, null, false);
        });
        if (plan.done()) {
            LOG.info("{}: parcels are recorded already; DHL is not asked again", payload.reference());
            return;
        }
        DhlAnswerStore.Kept answer = plan.kept() != null ? plan.kept() : send(payload, plan);
        record(payload, plan, answer);
    }

    /** Posts the order; a created shipment's answer is committed at once, before anything else can fail. */
    private DhlAnswerStore.Kept send(DhlPayload payload, Plan plan) throws DhlUnavailableException {
        DhlApi.Reply reply = api.createOrder(plan.carrier(), payload.reference(), plan.request());
        int status = reply.status();
        if (reply.ok()) {
            DhlAnswerStore.Kept kept = new DhlAnswerStore.Kept(status, reply.body());
            database.inTransaction(tx -> {
                store.keep(tx, payload, status, reply.body(), clock.instant());
                return null;
            });
            return kept;
        }
        String detail = DhlAnswer.tryParse(json, reply.body()).map(DhlAnswer::detail).orElse("");
        String says = detail.isEmpty() ? "" : " (\"" + detail + "\")";
        if (status == 401 || status == 403) {
            throw new UndeliverableMessageException("DHL refused the login of carrier " + plan.carrier().carrier()
                    + " with " + status + says + ": check its dhl-api-key (API key) and its GKP user and password"
                    + " (transmission user and secret), then resend " + payload.reference());
        }
        if (status == 429 || status >= 500) {
            throw new DhlUnavailableException("DHL answered " + status + says + " for " + payload.reference()
                    + "; tried again later", null);
        }
        List<String> messages = DhlAnswer.tryParse(json, reply.body()).map(DhlAnswer::validationMessages)
                .orElse(List.of());
        if (status == 400 || status == 422 || !messages.isEmpty()) {
            refuse(payload, reply.body(), "DHL refused " + payload.reference() + " (" + status + "): "
                    + (messages.isEmpty() ? detail : String.join("; ", messages)));
        }
        throw new UndeliverableMessageException("DHL answered " + status + says + " at " + plan.carrier().ordersUrl()
                + " for " + payload.reference() + "; check the carrier's orders URL (transmission path)");
    }

    /** Records the answer as the carrier's confirmation, with the labels, in a transaction of its own. */
    private void record(DhlPayload payload, Plan plan, DhlAnswerStore.Kept kept) {
        DhlAnswer answer;
        List<DhlAnswer.Label> labels;
        try {
            answer = DhlAnswer.parse(json, kept.body());
            if (answer.refusedItems()) {
                refuse(payload, kept.body(), "DHL refused " + payload.reference() + " (" + kept.status() + "): "
                        + String.join("; ", answer.validationMessages()));
            }
            labels = answer.labels();
        } catch (DhlAnswer.MalformedException e) {
            refuse(payload, kept.body(), "DHL answered " + kept.status() + " for " + payload.reference() + " but "
                    + e.getMessage() + ". DHL may have created the shipment: look for reference " + payload.reference()
                    + " in the GKP and cancel it there before this message is resent, or enter its tracking number"
                    + " by hand");
            return;
        }
        CarrierConfirmation confirmation = new CarrierConfirmation(payload.carrier(), payload.reference(),
                plan.orderReference(), clock.instant(),
                labels.stream().map(l -> ConfirmedParcel.of(l.shipmentNo())).toList(), ConfirmationSource.API,
                "DHL Parcel DE answer for " + payload.reference(), answer.withoutLabels());
        ConfirmationResult result = database.inTransaction(tx -> {
            ConfirmationResult r = confirmations.record(tx, confirmation);
            if (r.outcome() == ConfirmationResult.Outcome.REJECTED) {
                return r;
            }
            for (DhlAnswer.Label label : labels) {
                if (!store.storeLabel(tx, payload.shipmentId(), label.shipmentNo(), label.pdf())
                        && r.outcome() == ConfirmationResult.Outcome.RECORDED) {
                    throw new IllegalStateException("The confirmation of " + payload.reference() + " was recorded"
                            + " without a parcel " + label.shipmentNo() + " to store its label on");
                }
            }
            store.forget(tx, payload.shipmentId());
            return r;
        });
        if (result.outcome() == ConfirmationResult.Outcome.REJECTED) {
            // The DHL shipment exists; its answer stays kept, so a resend records it without a second one.
            throw new UndeliverableMessageException("DHL created shipment " + labels.stream()
                    .map(DhlAnswer.Label::shipmentNo).toList() + " for " + payload.reference()
                    + ", but recording it was refused: " + result.message() + ". Resend once that is fixed (DHL is"
                    + " not asked again)");
        }
        LOG.info("{}: DHL shipment {} {}", payload.reference(), labels.stream().map(DhlAnswer.Label::shipmentNo)
                .toList(), result.outcome());
    }

    /** Keeps DHL's refusal as a rejected carrier message (a ticket opens) and parks the outbox message. */
    private void refuse(DhlPayload payload, String body, String reason) {
        database.inTransaction(tx -> {
            // a refused or unreadable answer is no shipment to record: a resend asks DHL anew
            store.forget(tx, payload.shipmentId());
            return confirmations.reject(tx, payload.carrier(), ConfirmationSource.API,
                    "DHL Parcel DE answer for " + payload.reference(),
                    (body == null ? "" : body).getBytes(StandardCharsets.UTF_8), reason);
        });
        throw new UndeliverableMessageException(reason);
    }
}

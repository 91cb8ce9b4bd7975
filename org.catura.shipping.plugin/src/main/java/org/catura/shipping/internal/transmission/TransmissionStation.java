package org.catura.shipping.internal.transmission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.Shipment;
import org.catura.core.api.outbox.Outbox;
import org.catura.core.api.process.DocumentKind;
import org.catura.core.api.process.OrderState;
import org.catura.core.api.process.Station;
import org.catura.core.api.process.StationContext;
import org.catura.core.api.process.StationResult;
import org.catura.documents.api.ShippingDocuments;
import org.catura.mail.api.MailAttachment;
import org.catura.mail.api.MailMessage;
import org.catura.mail.api.MailQueue;
import org.catura.shipping.api.ShippingReferences;
import org.catura.shipping.internal.ShippingSchema;
import org.catura.transfer.api.Destination;
import org.catura.transfer.api.FileNames;
import org.catura.transfer.api.TransferFile;
import org.catura.transfer.api.TransferQueue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Hands a shipment to its chosen carrier: renders the file in the carrier's format and queues it
 * on the carrier's channel, in the order's transaction, under the key
 * {@code shipping:<shipmentId>:<carrier>}, so a resend never makes a second file or mail; then
 * records the transmission with the deadline for the carrier's confirmation. What a person must
 * fix (a template that fails, an address the channel lacks) sends the order to the manual queue
 * with nothing sent.
 */
@Component(service = Station.class)
public final class TransmissionStation implements Station {

    /** The outbox topic of DHL Parcel DE shipments, delivered by the DHL sink. */
    public static final String DHL_TOPIC = "shipping-dhl";
    private static final Duration NO_RENDERER_YET = Duration.ofMinutes(1);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Erp erp;
    private final MailQueue mail;
    private final TransferQueue transfers;
    private final Outbox outbox;
    private final Clock clock;
    private final CarrierTransmissions carriers = new CarrierTransmissions();
    private final Transmissions transmissions = new Transmissions();
    private final Consignments consignments;
    private final TemplateRenderer templates = new TemplateRenderer();
    private final ObjectMapper json = new ObjectMapper();
    private volatile ShippingDocuments documents;

    @Activate
    public TransmissionStation(@Reference Erp erp, @Reference MailQueue mail, @Reference TransferQueue transfers,
            @Reference Outbox outbox, @Reference ShippingSchema schema) {
        this(erp, mail, transfers, outbox, Clock.systemUTC());
    }

    public TransmissionStation(Erp erp, MailQueue mail, TransferQueue transfers, Outbox outbox, Clock clock) {
        this.erp = erp;
        this.mail = mail;
        this.transfers = transfers;
        this.outbox = outbox;
        this.clock = clock;
        this.consignments = new Consignments(erp);
    }

    /** Only the PDF format needs it; the others transmit while the documents bundle is away. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setDocuments(ShippingDocuments documents) {
        this.documents = documents;
    }

    public void unsetDocuments(ShippingDocuments documents) {
        if (this.documents == documents) {
            this.documents = null;
        }
    }

    @Override
    public String name() {
        return "transmission";
    }

    @Override
    public OrderState input() {
        return OrderState.CARRIER_CHOSEN;
    }

    @Override
    public StationResult process(StationContext ctx) {
        Tx tx = ctx.tx();
        int shipmentId = ctx.document(DocumentKind.SHIPMENT).orElseThrow(
                () -> new IllegalStateException("No delivery note for order " + ctx.order().externalId()));
        Shipment shipment = erp.shipments().get(tx, shipmentId).orElseThrow(
                () -> new IllegalStateException("Delivery note " + shipmentId + " is not in the ERP"));
        try {
            ChosenCarrier choice = ChosenCarrier.of(tx, shipmentId).filter(c -> c.carrier() != null).orElseThrow(
                    () -> new TransmissionProblem("No carrier was chosen for delivery note " + shipment.documentNo()
                            + "; choose one, then send the order on"));
            CarrierTransmission carrier = carriers.find(tx, choice.carrier()).orElseThrow(
                    () -> new TransmissionProblem("Carrier " + choice.carrier() + " is not configured (any more)"));
            checkChannel(carrier);
            WorkingHours hours = workingHours(carrier);
            Optional<Transmissions.Transmission> earlier = transmissions.find(tx, shipmentId)
                    .filter(t -> t.carrierId() == carrier.carrierId());
            // a resend keeps the first time, so the file it renders is the same as the first one
            Instant now = earlier.map(Transmissions.Transmission::transmittedAt).orElseGet(clock::instant);
            String key = "shipping:" + shipmentId + ":" + carrier.value();
            TransferFile file = null;
            if (carrier.channel().sendsFile()) {
                if (carrier.format() == TransmissionFormat.PDF && documents == null) {
                    return StationResult.waitFor(NO_RENDERER_YET, "Waiting for the delivery note renderer"
                            + " (org.catura.documents) to send " + carrier.value() + " its PDF");
                }
                Consignment consignment = consignments.of(tx, ctx.orderId(), ctx.order(), shipment, carrier, choice, now);
                file = new TransferFile(fileName(consignment.reference(), carrier), carrier.format().contentType(),
                        render(consignment, carrier));
            }
            Instant due = ConfirmationDeadline.due(now, hours, carrier.confirmWithinHours());
            boolean queued = send(ctx, shipment, carrier, key, file);
            transmissions.save(tx, new Transmissions.Transmission(shipmentId, ctx.orderId(), carrier.carrierId(),
                    ShippingReferences.of(shipmentId), carrier.channel(), file == null ? null : carrier.format(),
                    file == null ? null : file.name(), key, now, due));
            return StationResult.advance(OrderState.TRANSMITTED, describe(carrier, file, queued)
                    + "; confirmation due " + DUE.format(due.atZone(hours.zone())) + " " + hours.zone());
        } catch (TransmissionProblem problem) {
            return StationResult.advance(OrderState.MANUAL_QUEUE, "To the manual queue, nothing sent: "
                    + problem.getMessage());
        }
    }

    private byte[] render(Consignment consignment, CarrierTransmission carrier) throws TransmissionProblem {
        if (carrier.format() == TransmissionFormat.PDF) {
            return DeliveryNotes.render(documents, consignment);
        }
        return templates.render(consignment, carrier.format(), carrier.value(), carrier.template());
    }

    private boolean send(StationContext ctx, Shipment shipment, CarrierTransmission carrier, String key,
            TransferFile file) {
        Tx tx = ctx.tx();
        String reference = ShippingReferences.of(shipment.id());
        return switch (carrier.channel()) {
            case PACK_PAGE -> false;
            case MAIL -> mail.queue(tx, key, new MailMessage(carrier.email().strip(),
                    "Shipment " + reference + ", order " + ctx.order().externalId(),
                    "Please ship " + reference + " (order " + ctx.order().externalId() + ", delivery note "
                            + shipment.documentNo() + "): the attached " + file.name() + " lists the address and the"
                            + " lines.\nPlease answer with the tracking numbers and keep " + reference
                            + " in the subject.\n", null,
                    List.of(new MailAttachment(file.name(), file.contentType(), file.content()))),
                    Map.of("orderId", ctx.orderId(), "shipmentId", shipment.id(), "reference", reference));
            case SFTP, FTP, HTTP, FOLDER -> transfers.queue(tx, key,
                    new Destination(CarrierDestinations.OWNER, carrier.value()), file);
            case DHL_PARCEL_DE -> outbox.enqueue(tx, DHL_TOPIC, key, dhlPayload(ctx.orderId(), shipment, carrier));
        };
    }

    private String dhlPayload(long orderId, Shipment shipment, CarrierTransmission carrier) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("shipmentId", shipment.id());
        payload.put("orderId", orderId);
        payload.put("reference", ShippingReferences.of(shipment.id()));
        payload.put("carrier", carrier.value());
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the channel needs besides the carrier's transfer settings, which the transfer checks when it sends. */
    private static void checkChannel(CarrierTransmission carrier) throws TransmissionProblem {
        if (carrier.channel().sendsFile() && carrier.format() == null) {
            throw new TransmissionProblem("Carrier " + carrier.value() + " transmits by " + carrier.channel()
                    + " but has no TransmissionFormat (PDF, CSV, XML, JSON or FIXED); set it in the carrier's settings");
        }
        if (carrier.channel() == TransmissionChannel.MAIL
                && (carrier.email() == null || !carrier.email().contains("@"))) {
            throw new TransmissionProblem("Carrier " + carrier.value() + " transmits by MAIL but its EMail '"
                    + (carrier.email() == null ? "" : carrier.email()) + "' is no mail address");
        }
    }

    private static WorkingHours workingHours(CarrierTransmission carrier) throws TransmissionProblem {
        try {
            return carrier.workingHours();
        } catch (IllegalArgumentException e) {
            throw new TransmissionProblem("Carrier " + carrier.value() + "'s working hours cannot be read: "
                    + e.getMessage());
        }
    }

    /** {@code <reference>-<carrier>.<extension>}, the same on every resend. */
    static String fileName(String reference, CarrierTransmission carrier) {
        String carrierPart = carrier.value().replaceAll("[^A-Za-z0-9_-]", "_");
        return FileNames.requireSafe(reference + "-" + carrierPart + "." + carrier.format().extension());
    }

    private static String describe(CarrierTransmission carrier, TransferFile file, boolean queued) {
        String again = queued ? "" : " (queued before under the same key: not sent again)";
        return switch (carrier.channel()) {
            case PACK_PAGE -> "For the pack page of " + carrier.name() + "; nothing sent";
            case DHL_PARCEL_DE -> "Queued for " + carrier.name() + " through the DHL Parcel DE API" + again;
            case MAIL -> "Queued " + file.name() + " for " + carrier.name() + " by mail to " + carrier.email().strip() + again;
            default -> "Queued " + file.name() + " for " + carrier.name() + " by " + carrier.channel() + again;
        };
    }
}

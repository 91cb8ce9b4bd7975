package org.catura.shipping.internal.confirmation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catura.core.api.channel.ChannelConnector;
import org.catura.core.api.channel.ChannelConnectors;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.OrderState;
import org.catura.core.internal.station.confirm.ShipmentConfirmationStation;
import org.catura.shipping.api.ConfirmationSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * From the carrier's confirmation to the channel: core's real shipment-confirmation station
 * tells the channel the carrier (set at carrier choice, contract 2) and the recorded tracking
 * number; a number replaced later reaches the channel when it had not been told yet.
 */
class ConfirmedToTheChannelTest extends ShippingTestBase {

    final List<ShippedPackage> told = new ArrayList<>();

    @BeforeAll
    void confirmationStation() {
        ShipmentConfirmer channel = new ShipmentConfirmer() {
            @Override
            public boolean serves(String c) {
                return true;
            }

            @Override
            public boolean confirmShipment(Tx tx, ShippedPackage shipped) {
                told.add(shipped);
                return true;
            }
        };
        engine.addStation(new ShipmentConfirmationStation(erp, new ChannelConnectors() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ChannelConnector> Optional<T> find(String c, Class<T> capability) {
                return capability.isInstance(channel) ? Optional.of((T) channel) : Optional.empty();
            }
        }));
    }

    @Test
    void theChannelIsToldTheCarrierAndTheFinalTrackingNumber() throws Exception {
        told.clear();
        Shipped s = transmittedOrder(1, carrierId, null);
        tx(t -> erp.shipments().setShipper(t, s.shipmentId(), "ParcelCo")); // the carrier choice's part
        tx(t -> recorder.record(t, ConfirmationCsv.parse(CARRIER, ConfirmationSource.FOLDER, "a.csv",
                (ConfirmationCsv.HEADER + "\n" + s.reference() + ";;000000000001;;;;;\n").getBytes(StandardCharsets.UTF_8))
                .get(0)));
        tx(t -> recorder.record(t, ConfirmationCsv.parse(CARRIER, ConfirmationSource.FOLDER, "b.csv",
                (ConfirmationCsv.HEADER + "\n" + s.reference() + ";;003404341601;000000000001;;;;\n")
                        .getBytes(StandardCharsets.UTF_8)).get(0)));

        driver.runUntil(s.orderId(), OrderState.SHIPMENT_CONFIRMED);

        assertEquals(1, told.size());
        assertEquals("ParcelCo", told.get(0).carrier());
        assertEquals("003404341601", told.get(0).trackingNumber());
        assertEquals(s.shipmentId(), told.get(0).packageId());
    }
}

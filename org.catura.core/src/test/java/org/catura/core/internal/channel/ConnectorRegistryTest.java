package org.catura.core.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.catura.core.api.channel.ChannelConnector;
import org.catura.core.api.channel.ShipmentConfirmer;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.db.Tx;
import org.junit.jupiter.api.Test;

/** Connectors found by the order's channel and the capability asked for, as they come and go. */
class ConnectorRegistryTest {

    final ConnectorRegistry registry = new ConnectorRegistry();

    @Test
    void theConnectorServingTheChannelWithTheCapabilityIsFound() {
        Confirmer amazon = new Confirmer(Set.of("amazon-demo", "amazon-eu"));
        registry.addConnector(new Plain(Set.of("amazon-demo")));
        registry.addConnector(amazon);

        assertSame(amazon, registry.find("amazon-eu", ShipmentConfirmer.class).orElseThrow());
        assertSame(amazon, registry.find("amazon-demo", ShipmentConfirmer.class).orElseThrow(),
                "a connector without the capability does not count");
        assertEquals(Optional.empty(), registry.find("ebay-de", ShipmentConfirmer.class));
    }

    @Test
    void aConnectorIsGoneWithItsBundle() {
        Confirmer amazon = new Confirmer(Set.of("amazon-demo"));
        registry.addConnector(amazon);
        registry.removeConnector(amazon);

        assertEquals(Optional.empty(), registry.find("amazon-demo", ShipmentConfirmer.class));
    }

    @Test
    void twoConnectorsClaimingOneChannelAreRefusedByName() {
        registry.addConnector(new Confirmer(Set.of("amazon-demo")));
        registry.addConnector(new Confirmer(Set.of("amazon-demo")));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> registry.find("amazon-demo", ShipmentConfirmer.class));
        assertTrue(e.getMessage().startsWith("Channel amazon-demo has 2 connectors offering ShipmentConfirmer"),
                e.getMessage());
    }

    record Plain(Set<String> channels) implements ChannelConnector {
        @Override
        public boolean serves(String channel) {
            return channels.contains(channel);
        }
    }

    record Confirmer(Set<String> channels) implements ShipmentConfirmer {
        @Override
        public boolean serves(String channel) {
            return channels.contains(channel);
        }

        @Override
        public boolean confirmShipment(Tx tx, ShippedPackage shipped) {
            return true;
        }
    }
}

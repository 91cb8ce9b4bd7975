package org.catura.core.internal.channel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.core.api.channel.ChannelConnector;
import org.catura.core.api.channel.ChannelConnectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@link ChannelConnectors} over the connectors registered now; they come and go with their bundles. */
@Component(service = ChannelConnectors.class)
public final class ConnectorRegistry implements ChannelConnectors {

    private final List<ChannelConnector> connectors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addConnector(ChannelConnector connector) {
        connectors.add(connector);
    }

    public void removeConnector(ChannelConnector connector) {
        connectors.removeIf(c -> c == connector);
    }

    @Override
    public <T extends ChannelConnector> Optional<T> find(String channel, Class<T> capability) {
        List<T> found = connectors.stream().filter(capability::isInstance).map(capability::cast)
                .filter(c -> c.serves(channel)).toList();
        if (found.size() > 1) {
            throw new IllegalStateException("Channel " + channel + " has " + found.size() + " connectors offering "
                    + capability.getSimpleName() + " (" + found + "): stop all but one of their bundles");
        }
        return found.stream().findFirst();
    }
}

package org.catura.webui.internal.osgi;

import java.util.List;
import java.util.function.Supplier;
import org.catura.core.api.channel.ChannelSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The channel settings services there are now, held once for the REST API and the channel
 * settings pages. Channel plugins come and go; whoever asks gets those registered at that moment.
 */
@Component(service = LiveChannels.class)
public final class LiveChannels implements Supplier<List<ChannelSettings>> {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ChannelSettings> channels;

    @Override
    public List<ChannelSettings> get() {
        List<ChannelSettings> now = channels;
        return now == null ? List.of() : List.copyOf(now);
    }
}

package org.catura.webui.internal.osgi;

import java.util.List;
import java.util.function.Supplier;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ChannelSetup;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The channel settings services (and the channel setups) there are now, held once for the REST API and the channel
 * settings pages. Channel plugins come and go; whoever asks gets those registered at that moment.
 */
@Component(service = LiveChannels.class)
public final class LiveChannels implements Supplier<List<ChannelSettings>> {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ChannelSettings> channels;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ChannelSetup> setups;

    @Override
    public List<ChannelSettings> get() {
        List<ChannelSettings> now = channels;
        return now == null ? List.of() : List.copyOf(now);
    }

    /** The kinds of channel that can be created from nothing now. */
    public List<ChannelSetup> setups() {
        List<ChannelSetup> now = setups;
        return now == null ? List.of() : List.copyOf(now);
    }
}

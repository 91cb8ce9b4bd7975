package org.catura.webui.internal.osgi;

import java.util.List;
import java.util.function.Supplier;
import org.catura.core.api.channel.ChannelSettings;

/**
 * The channel settings services there are now, for the web app. DS injects the list into the
 * component's field after its constructor ran, so the app reads it through this.
 */
final class LiveChannels implements Supplier<List<ChannelSettings>> {

    private volatile Supplier<List<ChannelSettings>> field = List::of;

    void readFrom(Supplier<List<ChannelSettings>> injected) {
        this.field = injected;
    }

    @Override
    public List<ChannelSettings> get() {
        List<ChannelSettings> channels = field.get();
        return channels == null ? List.of() : channels;
    }
}

package org.catura.amazon.plugin.internal.channel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.catura.core.api.channel.ChannelSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link ChannelSettings} service registered per stored channel, enabled or not:
 * registered when a channel appears, withdrawn when it is gone, all withdrawn on {@link #close}.
 * A changed channel keeps its registration (the settings read the channel afresh).
 */
public final class SettingsServices {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsServices.class);

    /** Where the services are registered: the OSGi service registry in the bundle, a map in tests. */
    public interface Registry {
        Object register(ChannelSettings settings);

        void unregister(Object registration);
    }

    private final Registry registry;
    private final Function<String, ChannelSettings> settingsOf;
    private final Map<String, Object> registered = new HashMap<>();
    private boolean closed;

    /** @param settingsOf the settings of the named channel */
    public SettingsServices(Registry registry, Function<String, ChannelSettings> settingsOf) {
        this.registry = registry;
        this.settingsOf = settingsOf;
    }

    /** Brings the registrations in line with the channels as stored now; nothing once closed. */
    public synchronized void sync(List<StoredChannel> channels) {
        if (closed) {
            return; // a late refresh or save after deactivation must not register again
        }
        Set<String> names = channels.stream().map(StoredChannel::name).collect(Collectors.toSet());
        for (String name : Set.copyOf(registered.keySet())) {
            if (!names.contains(name)) {
                registry.unregister(registered.remove(name));
                LOG.info("Settings of Amazon channel {} withdrawn (channel gone)", name);
            }
        }
        for (String name : names) {
            registered.computeIfAbsent(name, n -> {
                LOG.info("Settings of Amazon channel {} offered to the settings page", n);
                return registry.register(settingsOf.apply(n));
            });
        }
    }

    synchronized Set<String> channelIds() {
        return Set.copyOf(registered.keySet());
    }

    public synchronized void close() {
        closed = true;
        registered.values().forEach(registry::unregister);
        registered.clear();
    }
}

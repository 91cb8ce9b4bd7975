package org.catura.amazon.plugin.internal.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.catura.amazon.plugin.api.InvalidChannelException;
import org.catura.core.api.channel.ChannelSettings;
import org.catura.core.api.channel.ConnectionTest;

/**
 * One stored Amazon channel on the generic settings page. Reads the channel afresh on every call
 * (so a change made on another node shows at once, and the registration need not follow each
 * edit); writes through {@link ChannelService#change}, one transaction, all or nothing.
 */
public final class AmazonChannelSettings implements ChannelSettings {

    private final String name;
    private final ChannelService channels;

    public AmazonChannelSettings(String name, ChannelService channels) {
        this.name = name;
        this.channels = channels;
    }

    @Override
    public String channelId() {
        return name;
    }

    @Override
    public String title() {
        return channels.get(name).map(ChannelForm::title).orElse("Amazon — " + name);
    }

    @Override
    public List<SettingField> fields() {
        return ChannelForm.FIELDS;
    }

    @Override
    public Map<String, String> values() {
        return channels.get(name).map(ChannelForm::values).orElse(Map.of());
    }

    @Override
    public List<String> secretsSet() {
        return channels.get(name).map(ChannelForm::secretsSet).orElse(List.of());
    }

    @Override
    public void update(Map<String, String> changes, String who) {
        ChannelEdit edit = ChannelForm.read(changes);
        try {
            // Sync switched on is checked in the same transaction as the save: a missing secret
            // refuses the whole change, so nothing is half-applied.
            channels.change(name, edit::applyTo, edit.secrets(), who);
        } catch (InvalidChannelException e) {
            throw ChannelForm.refusal(e);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(null, e.getMessage());
        }
    }

    @Override
    public Optional<ConnectionTest> testConnection() {
        return Optional.of(channels.testConnection(name));
    }

    @Override
    public String toString() {
        return "AmazonChannelSettings[" + name + "]";
    }
}

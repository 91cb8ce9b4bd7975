package org.catura.core.api.channel;

import java.util.List;
import java.util.Map;
import org.catura.core.api.channel.ChannelSettings.SettingField;
import org.catura.core.api.channel.ChannelSettings.SettingsException;

/**
 * A kind of sales channel a person can create from nothing (an Amazon seller account, say), as its
 * plugin offers it to the web UI's "new channel" page and to {@code POST /api/channels}. Like
 * {@link ChannelSettings}, the page knows nothing about the channel: it renders {@link #fields()}
 * and hands what was typed to {@link #create}.
 */
public interface ChannelSetup {

    /** A stable id of the kind, used in URLs (e.g. {@code amazon}). */
    String kind();

    /** What a person reads on the page and its link (e.g. {@code New Amazon channel}). */
    String title();

    /**
     * The fields of a new channel, asked for now: they may depend on the operator's configuration
     * (fields only some installations accept). Secret fields are never rendered back.
     */
    List<SettingField> fields();

    /**
     * Creates the channel: field name → value as typed (absent or blank: not given). All or
     * nothing; an existing channel of the same name is never changed.
     *
     * @return the new channel's {@link ChannelSettings#channelId()}
     * @throws SettingsException naming the first field at fault and what is wrong; nothing was stored
     */
    String create(Map<String, String> values, String who);
}

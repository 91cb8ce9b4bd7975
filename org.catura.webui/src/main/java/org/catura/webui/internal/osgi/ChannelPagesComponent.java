package org.catura.webui.internal.osgi;

import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.internal.pages.ChannelPages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The channel settings pages, offered to the web UI as any plugin offers its pages. */
@Component(service = WebExtension.class)
public final class ChannelPagesComponent extends ChannelPages {

    @Activate
    public ChannelPagesComponent(@Reference LiveChannels channels) {
        super(channels, channels::setups);
    }
}

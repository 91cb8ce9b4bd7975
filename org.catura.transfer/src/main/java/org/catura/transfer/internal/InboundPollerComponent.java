package org.catura.transfer.internal;

import java.time.Clock;
import org.catura.core.api.db.Database;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.InboundHandler;
import org.catura.transfer.api.InboundPoller;
import org.catura.transfer.api.PollReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link InboundPoller} for SFTP, FTP and local folders. */
@Component(service = InboundPoller.class)
public final class InboundPollerComponent implements InboundPoller {

    private final FolderPoller poller;

    @Activate
    public InboundPollerComponent(@Reference Database database, @Reference Transports transports) {
        this.poller = new FolderPoller(database, transports::connector, Clock.systemUTC());
    }

    @Override
    public PollReport poll(Endpoint source, InboundHandler handler) {
        return poller.poll(source, handler);
    }
}

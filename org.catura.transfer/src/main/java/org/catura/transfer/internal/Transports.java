package org.catura.transfer.internal;

import java.io.IOException;
import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The connections of each kind, shared by the sink and the poller; the SSH client lives as long as the bundle. */
@Component(service = Transports.class)
public final class Transports {

    private final SftpConnector sftp;
    private final Connector ftp = new FtpConnector();
    private final Connector folder = new LocalFolderConnector();
    private final HttpUpload http;

    @Activate
    public Transports() {
        this.sftp = new SftpConnector();
        this.http = new HttpUpload(HttpUpload.defaultClient());
    }

    /** Sends one file; see {@link SafeUpload} for folders and {@link HttpUpload} for HTTP. */
    public void send(Endpoint endpoint, String idempotencyKey, TransferFile file) {
        switch (endpoint.kind()) {
            case HTTP -> http.upload(endpoint, idempotencyKey, file);
            default -> new SafeUpload(connector(endpoint)).upload(endpoint, idempotencyKey, file);
        }
    }

    Connector connector(Endpoint endpoint) {
        return switch (endpoint.kind()) {
            case SFTP -> sftp;
            case FTP -> ftp;
            case FOLDER -> folder;
            case HTTP -> throw new IllegalArgumentException("HTTP endpoints are sent to, not polled: " + endpoint);
        };
    }

    @Deactivate
    public void close() throws IOException {
        sftp.close();
    }
}

package org.catura.transfer.api;

/**
 * Fetches the files waiting in a folder (SFTP, FTP, FOLDER) and hands each to a handler, one
 * transaction per file. Files whose names start with a dot are taken as still being written and
 * left alone; so are the {@code done/} and {@code error/} subfolders this poller moves files to.
 * One bad file does not stop the others. The caller schedules it (a {@code ScheduledTask}).
 */
public interface InboundPoller {

    /**
     * @throws TransferFailedException when the folder cannot be listed at all (server down,
     *         login refused); nothing was handed over then
     */
    PollReport poll(Endpoint source, InboundHandler handler);
}

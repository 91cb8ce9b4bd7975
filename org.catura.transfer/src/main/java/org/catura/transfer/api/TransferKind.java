package org.catura.transfer.api;

/** How an {@link Endpoint} is reached. */
public enum TransferKind {
    /** SSH file transfer: a folder on a server, password login, the server's host key pinned. */
    SFTP,
    /** Plain FTP in passive, binary mode: a folder on a server, password login. */
    FTP,
    /** One HTTP request per file: the file is the body of a POST or PUT to a URL. */
    HTTP,
    /** A folder on this machine or a mounted share. */
    FOLDER
}

package org.catura.sandbox.carrier;

/** Where a transmission reached the fulfilment partner simulator. */
public enum PartnerInbound {
    /** The inbound folder: uploaded over SFTP or written there locally (TransmissionChannel SFTP or FOLDER). */
    INBOX,
    /** The body of a POST to its HTTP endpoint (TransmissionChannel HTTP). */
    HTTP
}

package org.catura.shipping.internal.transmission;

/** How a carrier's shipment data leaves the house (CAT_Carrier.TransmissionChannel). */
public enum TransmissionChannel {
    /** Packed in the own warehouse: nothing is sent, the pack page lists the shipment. */
    PACK_PAGE,
    /** A mail to CAT_Carrier.EMail with the file attached ({@code MailQueue}). */
    MAIL,
    /** A file in the carrier's SFTP folder ({@code TransferQueue}). */
    SFTP,
    /** A file in the carrier's FTP folder ({@code TransferQueue}). */
    FTP,
    /** The file as the body of one HTTP POST ({@code TransferQueue}). */
    HTTP,
    /** A file in a local folder or mounted share ({@code TransferQueue}). */
    FOLDER,
    /** DHL Parcel DE Shipping API v2: an outbox message the DHL sink turns into the API call. */
    DHL_PARCEL_DE;

    /** Whether this channel sends a rendered file (and so needs a format). */
    public boolean sendsFile() {
        return this != PACK_PAGE && this != DHL_PARCEL_DE;
    }

    /** Whether the file goes through org.catura.transfer. */
    public boolean viaTransfer() {
        return this == SFTP || this == FTP || this == HTTP || this == FOLDER;
    }
}

package org.catura.shipping.api;

/** What brought a carrier's confirmation in. */
public enum ConfirmationSource {
    /** The carrier API's answer to the transmission (DHL Parcel DE: shipment number and label). */
    API,
    IMAP,
    SFTP,
    FTP,
    FOLDER,
    HTTP_CALLBACK,
    /** The own warehouse entered the parcels on the pack page. */
    PACK_PAGE
}

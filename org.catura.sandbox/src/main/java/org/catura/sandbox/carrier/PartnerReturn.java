package org.catura.sandbox.carrier;

/** How the fulfilment partner simulator answers, matching the product's CAT_Carrier.ReturnChannel. */
public enum PartnerReturn {
    /** A CSV file in the return folder of its own SFTP server; the product polls it (ReturnChannel SFTP). */
    SFTP,
    /** A CSV file in the same return folder, read by the product as a local folder (ReturnChannel FOLDER). */
    FOLDER,
    /** The JSON confirmation POSTed to the product's callback URL with the Bearer secret (ReturnChannel HTTP_CALLBACK). */
    HTTP_CALLBACK
}

package org.catura.transfer.internal;

import org.catura.transfer.api.Endpoint;
import org.catura.transfer.api.TransferFailedException;

/** Opens a folder endpoint of one kind: connect, log in, go to the folder, within the endpoint's timeout. */
interface Connector {

    /** @throws TransferFailedException when the server cannot be reached or refuses the login */
    RemoteFolder open(Endpoint endpoint);
}

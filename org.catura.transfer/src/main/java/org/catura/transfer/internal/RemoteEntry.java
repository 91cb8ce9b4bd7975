package org.catura.transfer.internal;

import java.time.Instant;

/** A file in a listing: its name as the server gave it, unchecked. */
record RemoteEntry(String name, long size, Instant modified) {
}

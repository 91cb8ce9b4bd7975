package org.catura.core.api.process;

import org.catura.core.api.db.Tx;

/**
 * Reacts to every transition of the order process — hand-in, a station's advance, parking after
 * the last allowed failure, a move by hand (which also un-parks), a channel's update — inside the
 * transaction that makes it, after the process row and its timeline line are written. Effects go
 * to the listener's own tables or the outbox, in {@code tx}. An exception rolls the transition back:
 * a station's advance then counts as a failure of that station and is retried; a move by hand or
 * a hand-in fails for its caller. Listeners are called in no particular order; keep them quick.
 */
public interface ProcessListener {

    void onTransition(Tx tx, Transition transition);
}

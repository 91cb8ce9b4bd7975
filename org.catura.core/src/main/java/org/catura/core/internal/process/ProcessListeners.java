package org.catura.core.internal.process;

import java.util.concurrent.CopyOnWriteArrayList;
import org.catura.core.api.db.Tx;
import org.catura.core.api.process.ProcessListener;
import org.catura.core.api.process.Transition;

/** The listeners of this node, told of each transition in its transaction; they come and go with their bundles. */
public final class ProcessListeners {

    private final CopyOnWriteArrayList<ProcessListener> listeners = new CopyOnWriteArrayList<>();

    public void add(ProcessListener listener) {
        listeners.addIfAbsent(listener);
    }

    public void remove(ProcessListener listener) {
        listeners.remove(listener);
    }

    /** A listener's exception propagates: it rolls the transition back with the transaction. */
    void tell(Tx tx, Transition transition) {
        for (ProcessListener listener : listeners) {
            listener.onTransition(tx, transition);
        }
    }
}

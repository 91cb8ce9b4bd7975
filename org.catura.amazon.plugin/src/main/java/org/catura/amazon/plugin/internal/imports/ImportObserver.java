package org.catura.amazon.plugin.internal.imports;

import org.catura.core.api.db.Tx;

/** Hooks into an import run, for tests that stop or disturb it at a chosen page. */
public interface ImportObserver {

    ImportObserver NONE = new ImportObserver() {
    };

    /** The page's orders and progress are written; the transaction is still open. */
    default void pageWritten(Tx tx, String channel, int page) throws Exception {
    }

    /** The page's transaction committed. */
    default void pageCommitted(String channel, int page) {
    }
}

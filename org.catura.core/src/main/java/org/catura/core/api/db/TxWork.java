package org.catura.core.api.db;

/** Work done inside one transaction. */
@FunctionalInterface
public interface TxWork<T> {
    T apply(Tx tx) throws Exception;
}

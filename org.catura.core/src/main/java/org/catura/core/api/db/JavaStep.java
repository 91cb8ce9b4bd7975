package org.catura.core.api.db;

import java.sql.Connection;

/**
 * A migration written in Java, for data a script cannot hold (reference data shipped as a CSV
 * resource, say). It runs once, in Flyway's order among the module's scripts, in the migration's
 * transaction; {@link #checksum()} changes when the data it loads changes, as a script's would.
 */
public interface JavaStep {

    /** The version, as a script's name carries it: "5" for V5. */
    String version();

    String description();

    /** Flyway's checksum of the step; null for none. */
    Integer checksum();

    void migrate(Connection connection) throws Exception;
}

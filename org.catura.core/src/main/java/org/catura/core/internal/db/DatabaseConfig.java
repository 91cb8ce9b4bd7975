package org.catura.core.internal.db;

import org.catura.core.api.db.Tx;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura database", description = "The PostgreSQL database of the standalone runtime")
public @interface DatabaseConfig {

    @AttributeDefinition(description = "JDBC URL, e.g. jdbc:postgresql://localhost:5432/catura")
    String url();

    @AttributeDefinition(description = "Database user")
    String user();

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password")
    String password() default "";

    @AttributeDefinition(description = "Connections in the pool")
    int poolSize() default 10;

    @AttributeDefinition(description = "Seconds to wait for a connection to the server; 0: no limit")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Seconds without any answer from the server before a connection counts"
            + " as broken (a server or link that died silently); above the statement timeout; 0: no limit")
    int socketTimeoutSeconds() default 120;

    @AttributeDefinition(description = "Seconds one statement may run (or wait for a lock) before the server"
            + " cancels it; 0: no limit")
    int statementTimeoutSeconds() default 60;

    @AttributeDefinition(name = "Tenant (AD_Client_ID)", description = "The tenant of work that is for no order"
            + " or channel (web UI, commands); the embedded ERP has only 1000000")
    int clientId() default Tx.STANDALONE_CLIENT_ID;
}

package org.catura.core.internal.db;

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
}

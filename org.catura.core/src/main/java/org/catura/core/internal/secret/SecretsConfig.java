package org.catura.core.internal.secret;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura secrets", description = "Where the key that encrypts stored secrets is kept")
public @interface SecretsConfig {

    @AttributeDefinition(description = "Key file (created on first use); empty: ~/.catura/secret.key. "
            + "Keep it outside the database and its backups.")
    String keyFile() default "";
}

package org.catura.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura mail", description = "The SMTP server mail goes out through")
public @interface SmtpConfig {

    @AttributeDefinition(description = "SMTP host")
    String host();

    @AttributeDefinition(description = "SMTP port")
    int port() default 587;

    @AttributeDefinition(description = "Sender address, e.g. Shop <orders@shop.example>")
    String from();

    @AttributeDefinition(description = "User name; empty: no login")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Password")
    String password() default "";

    @AttributeDefinition(description = "Upgrade the connection with STARTTLS (required when true)")
    boolean starttls() default true;

    @AttributeDefinition(description = "Connect and read timeout in seconds")
    int timeoutSeconds() default 30;
}

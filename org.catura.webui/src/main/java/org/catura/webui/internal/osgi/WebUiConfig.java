package org.catura.webui.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura web UI", description = "Sign-in, sessions and password hashing of the web UI")
public @interface WebUiConfig {

    String PID = "org.catura.webui";

    @AttributeDefinition(description = "Minutes without a request after which a session ends")
    int sessionIdleMinutes() default 480;

    @AttributeDefinition(description = "Wrong passwords in a row that lock a login")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Minutes a login stays locked after too many wrong passwords")
    int lockMinutes() default 5;

    @AttributeDefinition(description = "Mark cookies Secure: set when the UI is served over HTTPS")
    boolean secureCookie() default false;

    @AttributeDefinition(description = "bcrypt cost (work factor, 2^cost rounds)")
    int bcryptCost() default 12;

    @AttributeDefinition(description = "Sign-in attempts one address may make within signInAddressWindowSeconds")
    int signInAttemptsPerAddress() default 10;

    @AttributeDefinition(description = "Seconds of the sliding window of the per-address sign-in limit")
    int signInAddressWindowSeconds() default 300;

    @AttributeDefinition(description = "Sign-in attempts all addresses together may make within"
            + " signInOverallWindowSeconds")
    int signInAttemptsOverall() default 100;

    @AttributeDefinition(description = "Seconds of the sliding window of the overall sign-in limit")
    int signInOverallWindowSeconds() default 60;
}

package org.catura.shipping.internal.dhl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura shipping: DHL Parcel DE API",
        description = "How long the DHL sink waits for DHL. The carrier's URL, login and billing number are carrier data (CAT_Carrier).")
public @interface DhlConfig {

    @AttributeDefinition(description = "Seconds to wait for the connection to DHL")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(description = "Seconds to wait for DHL's answer; longer: the message is tried again later")
    int timeoutSeconds() default 30;
}

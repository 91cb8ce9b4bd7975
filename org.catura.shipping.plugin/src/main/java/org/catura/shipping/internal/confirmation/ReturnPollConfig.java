package org.catura.shipping.internal.confirmation;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura shipping: return channels",
        description = "How often the return folders (SFTP, FTP, local folder) and return mailboxes are read.")
public @interface ReturnPollConfig {

    String PID = "org.catura.shipping.returns";

    @AttributeDefinition(description = "Seconds between two readings of every carrier's return folder and mailbox")
    long pollSeconds() default 60;
}

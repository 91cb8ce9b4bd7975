package org.catura.amazon.plugin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura Amazon import",
        description = "How the Amazon order import pages, retries and picks up channel changes, and which hosts "
                + "besides Amazon's may receive a channel's secrets")
public @interface AmazonImportConfig {

    @AttributeDefinition(description = "Orders per searchOrders page (1-100); fewer means smaller transactions")
    int pageSize() default 100;

    @AttributeDefinition(description = "Hours the very first window of a channel reaches back, unless the channel names a start")
    int firstImportLookbackHours() default 24;

    @AttributeDefinition(description = "Hours an order the import cannot take holds its channel's watermark; after "
            + "that the watermark moves on and the order is fetched alone (getOrder) on every run until it imports or "
            + "an admin skips it")
    int importErrorHoldHours() default 24;

    @AttributeDefinition(description = "Seconds between checks for channels changed on other nodes")
    int channelRefreshSeconds() default 30;

    @AttributeDefinition(description = "Attempts per SP-API call on 429 and 5xx answers")
    int retryAttempts() default 6;

    @AttributeDefinition(description = "First retry wait in milliseconds (doubles per attempt, with jitter)")
    long retryBaseMillis() default 500;

    @AttributeDefinition(description = "Longest retry wait in milliseconds")
    long retryMaxMillis() default 30000;

    @AttributeDefinition(description = "Hosts besides Amazon's that channels may sign in to (a sandbox, a proxy): "
            + "host names (any port) or host:port, comma-separated; empty: Amazon's hosts only "
            + "(the run configuration's amazon.allowedHosts)")
    String[] allowedHosts() default {};
}

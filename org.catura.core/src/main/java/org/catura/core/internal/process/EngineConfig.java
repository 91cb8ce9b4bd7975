package org.catura.core.internal.process;

import org.catura.core.internal.outbox.RetrySchedule;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura order process", description = "How this node works on the order process")
public @interface EngineConfig {

    @AttributeDefinition(description = "Name of this node; unique among the nodes sharing a database. "
            + "Empty: the host name.")
    String node() default "";

    @AttributeDefinition(description = "Worker threads on this node; 0 serves reads only")
    int workers() default 2;

    @AttributeDefinition(description = "Failures before an order is parked for a person")
    int maxAttempts() default 5;

    @AttributeDefinition(description = "Seconds before the first retry; doubles with each failure")
    int firstRetrySeconds() default 10;

    @AttributeDefinition(description = "Longest wait between retries, in seconds")
    int maxRetrySeconds() default 1800;

    @AttributeDefinition(description = "Failed sends before an outbox message is parked for a person")
    int outboxMaxAttempts() default RetrySchedule.DEFAULT_MAX_ATTEMPTS;

    @AttributeDefinition(description = "Seconds before an outbox message is sent again; doubles with each failure")
    int outboxFirstRetrySeconds() default RetrySchedule.DEFAULT_FIRST_RETRY_SECONDS;

    @AttributeDefinition(description = "Longest wait between two sends of an outbox message, in seconds")
    int outboxMaxRetrySeconds() default RetrySchedule.DEFAULT_MAX_RETRY_SECONDS;

    @AttributeDefinition(description = "Orders a station claims at once")
    int batchSize() default 20;

    @AttributeDefinition(description = "Seconds a claim holds before another node may take the order")
    int leaseSeconds() default 300;

    @AttributeDefinition(description = "Milliseconds a worker naps when it found nothing to do")
    int idlePollMillis() default 500;
}

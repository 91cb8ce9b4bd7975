package org.catura.core.internal.retention;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Catura buyer data retention",
        description = "How long buyer data is kept after an order's shipment was confirmed or it was cancelled")
public @interface RetentionConfig {

    @AttributeDefinition(description = "Days buyer data is kept after the shipment was confirmed or the order "
            + "cancelled (Amazon's Data Protection Policy: 30 days after delivery)")
    int days() default 30;

    @AttributeDefinition(description = "Orders erased in one transaction")
    int batchSize() default 100;

    @AttributeDefinition(description = "Seconds between two runs")
    long intervalSeconds() default 86_400;
}

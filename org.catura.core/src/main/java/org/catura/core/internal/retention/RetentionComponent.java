package org.catura.core.internal.retention;

import java.util.List;
import java.util.function.Consumer;
import org.catura.core.api.db.Database;
import org.catura.core.api.retention.BuyerDataRetention;
import org.catura.core.api.retention.DueOrder;
import org.catura.core.api.retention.PersonalDataHolder;
import org.catura.core.api.retention.RetentionReport;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.internal.process.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The retention task on the cluster-wide clock (daily by default), and {@link BuyerDataRetention} for the command line. */
@Component(service = {ScheduledTask.class, BuyerDataRetention.class}, configurationPid = "org.catura.retention")
@Designate(ocd = RetentionConfig.class)
public final class RetentionComponent implements ScheduledTask, BuyerDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionComponent.class);

    private final Retention retention;
    private final long intervalSeconds;

    @Activate
    public RetentionComponent(@Reference Database database, @Reference CoreSchema schema, RetentionConfig config,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<PersonalDataHolder> holders) {
        this.retention = new Retention(database, config.days(), config.batchSize(), holders);
        this.intervalSeconds = config.intervalSeconds();
    }

    @Override
    public String name() {
        return "buyer-data-retention";
    }

    @Override
    public long intervalSeconds() {
        return intervalSeconds;
    }

    @Override
    public void run() {
        RetentionReport report = retention.eraseDue(r -> { });
        if (report.orders() > 0) {
            LOG.info("Buyer data erased, {} days after shipment or cancellation: {}", retention.windowDays(), report);
        }
    }

    @Override
    public int windowDays() {
        return retention.windowDays();
    }

    @Override
    public List<DueOrder> due(int limit) {
        return retention.due(limit);
    }

    @Override
    public RetentionReport eraseDue(Consumer<RetentionReport> progress) {
        return retention.eraseDue(progress);
    }
}

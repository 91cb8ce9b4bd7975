package org.catura.core.internal.schedule;

import org.catura.core.api.db.Database;
import org.catura.core.api.schedule.ScheduledTask;
import org.catura.core.internal.process.CoreSchema;
import org.catura.core.internal.process.EngineComponent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs the {@link ScheduledTask} services on the cluster-wide Quartz clock. A node without
 * workers (a command that only reads) keeps the schedule but fires nothing: a firing it took
 * would be lost to the nodes that do the work.
 */
@Component(service = SchedulerComponent.class, immediate = true, configurationPid = "org.catura.process")
public final class SchedulerComponent {

    private final ClusteredScheduler scheduler;

    @Activate
    public SchedulerComponent(@Reference Database database, @Reference CoreSchema schema,
            org.catura.core.internal.process.EngineConfig config) {
        scheduler = new ClusteredScheduler(database.dataSource(), EngineComponent.nodeName(config.node()), 3);
        if (config.workers() > 0) {
            scheduler.start();
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTask(ScheduledTask task) {
        scheduler.add(task);
    }

    void removeTask(ScheduledTask task) {
        scheduler.remove(task);
    }

    public void triggerNow(String taskName) {
        scheduler.triggerNow(taskName);
    }
}

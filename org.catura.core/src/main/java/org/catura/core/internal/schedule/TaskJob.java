package org.catura.core.internal.schedule;

import org.catura.core.api.schedule.ScheduledTask;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one Quartz job class: runs the {@link ScheduledTask} named by the job key. */
@DisallowConcurrentExecution
final class TaskJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);

    private final ScheduledTask task;

    TaskJob(ScheduledTask task) {
        this.task = task;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            task.run();
        } catch (Exception e) {
            LOG.warn("Scheduled task {} failed: {}", task.name(), e.getMessage(), e);
            throw new JobExecutionException(e, false);
        }
    }
}

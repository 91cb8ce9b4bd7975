package org.catura.core.internal.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.catura.core.api.schedule.ScheduledTask;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster-wide clock: Quartz with the JDBC job store on our PostgreSQL, clustered, so each
 * schedule fires on one node at a time. Jobs are stored by task name; a node that lacks a
 * task's bundle lets the firing pass.
 */
public final class ClusteredScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ClusteredScheduler.class);
    private static final String GROUP = "catura";

    private final Map<String, ScheduledTask> tasks = new ConcurrentHashMap<>();
    private final String dataSourceName = "catura-" + UUID.randomUUID();
    private final Scheduler scheduler;

    public ClusteredScheduler(DataSource dataSource, String node, int threads) {
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
                // the pool belongs to the database component
            }

            @Override
            public void initialize() {
                // nothing to set up
            }
        });
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "catura");
        p.setProperty("org.quartz.scheduler.instanceId", node + "-" + UUID.randomUUID().toString().substring(0, 8));
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Quartz loads its job store and delegate by name; it must see its own classes.
        Thread.currentThread().setContextClassLoader(ClusteredScheduler.class.getClassLoader());
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(p);
            scheduler = factory.getScheduler();
            scheduler.setJobFactory(new TaskJobFactory());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the scheduler: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    public void stop() {
        try {
            String instance = scheduler.getSchedulerInstanceId();
            scheduler.shutdown(true);
            awaitClusterManager(instance);
        } catch (SchedulerException e) {
            LOG.warn("Stopping the scheduler: {}", e.getMessage());
        } finally {
            DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, null);
        }
    }

    /**
     * Quartz's shutdown only signals its cluster check-in thread; wait for it, so that the
     * database is not taken away under a check-in in progress.
     */
    private static void awaitClusterManager(String instance) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().contains(instance) && t.getName().endsWith("ClusterManager"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Registers a task and (re)schedules it at its interval; an unchanged schedule is left as it is. */
    public void add(ScheduledTask task) {
        tasks.put(task.name(), task);
        JobKey jobKey = JobKey.jobKey(task.name(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(task.name(), GROUP);
        long intervalMs = Math.max(1, task.intervalSeconds()) * 1000;
        try {
            Trigger existing = scheduler.getTrigger(triggerKey);
            if (existing instanceof org.quartz.SimpleTrigger simple && simple.getRepeatInterval() == intervalMs) {
                return;
            }
            JobDetail job = JobBuilder.newJob(TaskJob.class).withIdentity(jobKey).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(intervalMs)
                            .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            scheduler.addJob(job, true);
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(triggerKey, trigger);
            }
        } catch (org.quartz.ObjectAlreadyExistsException e) {
            LOG.debug("Task {} was scheduled by another node at the same moment", task.name());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot schedule " + task.name() + ": " + e.getMessage(), e);
        }
    }

    public void remove(ScheduledTask task) {
        tasks.remove(task.name(), task);
    }

    /** Fires a task now, on whichever node picks it up. */
    public void triggerNow(String taskName) {
        try {
            scheduler.triggerJob(JobKey.jobKey(taskName, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot trigger " + taskName + ": " + e.getMessage(), e);
        }
    }

    private final class TaskJobFactory implements JobFactory {
        @Override
        public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
            String name = bundle.getJobDetail().getKey().getName();
            ScheduledTask task = tasks.get(name);
            if (task == null) {
                return ctx -> LOG.debug("Task {} is not installed on this node; firing skipped", name);
            }
            return new TaskJob(task);
        }
    }
}

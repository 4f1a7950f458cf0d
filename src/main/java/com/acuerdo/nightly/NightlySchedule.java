package com.acuerdo.nightly;

import com.acuerdo.platform.time.BusinessCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the nightly chain every day at {@code acuerdo.nightly.time} (e.g. 02:00) in the bank's zone
 * {@code acuerdo.bank.zone}, through a persistent EJB timer. Every instance has the timer; the
 * database claim of the business date ({@link NightlyRuns#claim}) lets exactly one of them start the
 * chain. {@code acuerdo.nightly.enabled=false} (the tests) creates no timer.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    NightlyRuns runs;

    @Inject
    BusinessCalendar calendar;

    @Inject
    @ConfigProperty(name = "acuerdo.nightly.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "acuerdo.nightly.time", defaultValue = "02:00")
    String time;

    @Inject
    @ConfigProperty(name = "acuerdo.bank.zone", defaultValue = "UTC")
    String zone;

    @PostConstruct
    void schedule() {
        // Persistent timers outlive a restart: replace ours so a changed time takes effect.
        timers.getTimers().forEach(Timer::cancel);
        if (!enabled) {
            LOG.info("nightly chain schedule disabled (acuerdo.nightly.enabled=false)");
            return;
        }
        var at = LocalTime.parse(time.trim());
        var expression = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(ZoneId.of(zone.trim()).getId());
        timers.createCalendarTimer(expression, new TimerConfig("nightly", true));
        LOG.info(() -> "nightly chain scheduled every day at " + at + " " + zone);
    }

    @Timeout
    void fire() {
        var date = calendar.today();
        var instance = ManagementFactory.getRuntimeMXBean().getName();
        if (!runs.claim(date, instance)) {
            LOG.info(() -> "the night of " + date + " is claimed already; nothing to do here");
            return;
        }
        var parameters = new Properties();
        parameters.setProperty("businessDate", date.toString());
        long id = BatchRuntime.getJobOperator().start("nightly", parameters);
        LOG.info(() -> "nightly chain started for " + date + ": execution " + id);
    }
}

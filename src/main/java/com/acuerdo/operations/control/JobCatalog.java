package com.acuerdo.operations.control;

import java.util.List;
import java.util.function.Predicate;

/**
 * The jobs IT may start by name (integration contract): the nightly chain and its steps. A name is
 * startable only when its job XML is in {@code META-INF/batch-jobs}, so a build without a job answers
 * 404 rather than failing at start.
 */
public final class JobCatalog {

    public static final List<String> STARTABLE =
            List.of("nightly", "aging", "promise-follow-up", "escalation", "reminders");

    /**
     * The jobs that may run for a slice of clients (job parameters {@code firstCustomerId} /
     * {@code lastCustomerId}). Not the chain: it claims the night and moves the business date for all.
     */
    public static final List<String> SCOPABLE = List.of("aging", "promise-follow-up", "escalation", "reminders");

    private final Predicate<String> resourceExists;

    public JobCatalog(Predicate<String> resourceExists) {
        this.resourceExists = resourceExists;
    }

    /** The catalogue of this application's class path. */
    public static JobCatalog ofClassPath() {
        var loader = JobCatalog.class.getClassLoader();
        return new JobCatalog(path -> loader.getResource(path) != null);
    }

    public boolean isStartable(String jobName) {
        return jobName != null && STARTABLE.contains(jobName) && resourceExists.test(jobXml(jobName));
    }

    public boolean isScopable(String jobName) {
        return isStartable(jobName) && SCOPABLE.contains(jobName);
    }

    public List<String> startable() {
        return STARTABLE.stream().filter(this::isStartable).toList();
    }

    static String jobXml(String jobName) {
        return "META-INF/batch-jobs/" + jobName + ".xml";
    }
}

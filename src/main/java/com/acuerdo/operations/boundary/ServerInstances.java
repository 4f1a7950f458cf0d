package com.acuerdo.operations.boundary;

import com.acuerdo.operations.control.Liveness;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server among the instances that share the database: it beats in {@code server_instance} every
 * {@code acuerdo.jobs.heartbeat-seconds} and owns the job executions it starts ({@code
 * job_execution_owner}, written by the {@code executionOwner} job listener). A job execution that is
 * STARTED in the batch repository while its owner stopped beating was cut off by a crash: it runs
 * nowhere and may be restarted (the batch repository itself cannot tell).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerInstances {

    private static final Logger LOG = Logger.getLogger(ServerInstances.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "acuerdo.jobs.heartbeat-seconds", defaultValue = "15")
    long heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "acuerdo.jobs.server-lost-after-seconds", defaultValue = "60")
    long lostAfterSeconds;

    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private Liveness liveness;

    @PostConstruct
    void register() {
        liveness = new Liveness(Duration.ofSeconds(heartbeatSeconds), Duration.ofSeconds(lostAfterSeconds));
        var now = utc(clock.instant());
        update("INSERT INTO server_instance (instance_id, started_at, last_beat) VALUES (?, ?, ?)", id, now, now);
        long period = Duration.ofSeconds(heartbeatSeconds).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("heartbeat", false));
        LOG.info(() -> "server instance " + id + " beats every " + heartbeatSeconds + " s");
    }

    @Timeout
    void beat() {
        try {
            update("UPDATE server_instance SET last_beat = ? WHERE instance_id = ?", utc(clock.instant()), id);
        } catch (IllegalStateException e) {
            // A missed beat is harmless (others wait for several); the next one tries again.
            LOG.log(Level.WARNING, "heartbeat not written", e);
        }
    }

    public String id() {
        return id;
    }

    /** Records that this server runs the execution (a restart is a new execution with a new owner). */
    public void own(long executionId) {
        update("DELETE FROM job_execution_owner WHERE execution_id = ?", executionId);
        update(
                "INSERT INTO job_execution_owner (execution_id, instance_id, started_at) VALUES (?, ?, ?)",
                executionId,
                id,
                utc(clock.instant()));
    }

    /**
     * Whether the server that ran this execution is gone. An execution nobody owns counts as lost once
     * it is older than the limit (it was created before owners were recorded, or its server died
     * before the job began); a younger one may be about to begin somewhere.
     */
    public boolean isLost(long executionId, Instant createdAt) {
        var owner = owner(executionId);
        if (owner.isEmpty()) {
            return createdAt != null && !liveness.isAlive(createdAt, clock.instant());
        }
        if (owner.get().equals(id)) {
            return false;
        }
        return !liveness.isAlive(lastBeat(owner.get()).orElse(null), clock.instant());
    }

    private Optional<String> owner(long executionId) {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "SELECT instance_id FROM job_execution_owner WHERE execution_id = ?")) {
            query.setLong(1, executionId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the owner of execution " + executionId, e);
        }
    }

    private Optional<Instant> lastBeat(String instanceId) {
        try (var connection = dataSource.getConnection();
                var query =
                        connection.prepareStatement("SELECT last_beat FROM server_instance WHERE instance_id = ?")) {
            query.setString(1, instanceId);
            try (var rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the last beat of " + instanceId, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the server's state: " + sql, e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

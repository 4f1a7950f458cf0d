package com.acuerdo.demo.boundary;

import com.acuerdo.demo.control.ClientPlanner;
import com.acuerdo.demo.control.DemoSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the generated demo department at start-up when the settings ask for it and the database is
 * empty (see {@link DemoSettings#shouldLoad}): the demo users, three teams and twelve agents, then
 * the clients in chunks of {@value #CHUNK} per transaction, then the quality work.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrations", "ReferenceData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDepartment {

    static final int CHUNK = 250;

    private static final Logger LOG = Logger.getLogger(DemoDepartment.class.getName());

    /** What a load call did. */
    public record Outcome(boolean loaded, int clients, Duration took) {}

    @Inject
    DemoDepartmentWriter writer;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    Clock clock;

    @PostConstruct
    void onStart() {
        load(settings());
    }

    public static DemoSettings settings() {
        var config = ConfigProvider.getConfig();
        return DemoSettings.from(name -> config.getOptionalValue(name, String.class), System.getenv());
    }

    /** Loads the demo department if the settings and the database allow it; otherwise does nothing. */
    public Outcome load(DemoSettings settings) {
        long started = System.nanoTime();
        var product = databaseProduct();
        var claimed = writer.claim(settings, product, clock.instant());
        if (claimed.isEmpty()) {
            LOG.info(() -> "Demo department not loaded (acuerdo.demo.load="
                    + settings.load().setting() + ", " + product + ", database not empty or not asked)");
            return new Outcome(false, 0, elapsedSince(started));
        }
        var setup = claimed.get();
        LOG.info(() -> "Loading the demo department: " + settings.clients() + " clients, seed " + settings.seed()
                + ", business date " + setup.today() + ", " + product);
        var planner = new ClientPlanner(settings.seed(), setup.today());
        int reportEvery = Math.max(CHUNK, settings.clients() / 10 / CHUNK * CHUNK);
        for (int from = 0; from < settings.clients(); from += CHUNK) {
            int until = Math.min(settings.clients(), from + CHUNK);
            writer.writeClients(setup, planner, from, until);
            if (until % reportEvery == 0 || until == settings.clients()) {
                LOG.info(() -> "Demo department: " + until + "/" + settings.clients() + " clients written in "
                        + elapsedSince(started).toSeconds() + " s");
            }
        }
        if (settings.clients() > 0) {
            writer.writeQuality(setup, clock.instant());
        }
        var took = elapsedSince(started);
        writer.finish(settings, took);
        LOG.info(() -> "Demo department loaded: " + settings.clients() + " clients in " + took.toMillis() + " ms");
        return new Outcome(true, settings.clients(), took);
    }

    private String databaseProduct() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static Duration elapsedSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}

package com.acuerdo.casework.batch;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.ObjectiveTable;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.JobDate;
import com.acuerdo.platform.batch.PlanPerRange;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.StrategyRepository;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Step 2 of aging: each range of client ids gets its cases opened, updated and closed (see
 * {@link CaseAging}); the assignment step after it gives new and orphaned cases their agents. The
 * rules (objectives, priority weights) are read when the step, or a partition of it, opens, also on
 * restart.
 */
@Dependent
@Named("ageCases")
public class AgeCases extends AbstractItemWriter {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    StrategyRepository strategy;

    @Inject
    Clock clock;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AgeCases.class.getName());

    private LocalDate date;
    private CaseAging.Rules rules;
    private long clients;
    private long opened;
    private long updated;
    private long closed;
    private long nanos;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        date = jobDate.of(job);
        try (var connection = dataSource.getConnection()) {
            rules = new CaseAging.Rules(
                    objectives(connection), strategy.weightsOn(date).orElse(null), Instant.now(clock));
        }
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            PlanPerRange.of(connection);
            for (var item : items) {
                var counts = CaseAging.age(connection, (IdRange) item, date, rules);
                clients += counts.clients();
                opened += counts.opened();
                updated += counts.updated();
                closed += counts.closed();
            }
        }
        nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        LOG.info(() -> "cases " + date + ": " + clients + " clients, " + opened + " opened, " + updated + " updated, "
                + closed + " cured, " + nanos / 1_000_000 + " ms in the writer (this execution)");
    }

    private static ObjectiveTable objectives(Connection connection) throws SQLException {
        var rows = new ArrayList<ObjectiveTable.Row>();
        try (var query = connection.prepareStatement(
                        "SELECT product, bucket, objective, effective_from FROM bucket_objective");
                var result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new ObjectiveTable.Row(
                        result.getString(1).trim(),
                        AgingBucket.valueOf(result.getString(2).trim()),
                        Objective.valueOf(result.getString(3).trim()),
                        result.getDate(4).toLocalDate()));
            }
        }
        return new ObjectiveTable(rows);
    }
}

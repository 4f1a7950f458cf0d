package com.acuerdo.aging.batch;

import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.aging.entity.BucketSchemes;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.JobDate;
import com.acuerdo.platform.batch.PlanPerRange;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Step 1 of aging: each range of account ids aged in the chunk's transaction (see {@link AccountAging}). */
@Dependent
@Named("ageAccounts")
public class AgeAccounts extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(AgeAccounts.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    @BatchProperty
    String firstCustomerId;

    @Inject
    @BatchProperty
    String lastCustomerId;

    private LocalDate date;
    private CustomerScope scope;
    /** The buckets' ranges in force on the job's date: read once per step (and again on a restart). */
    private BucketScheme scheme;

    private long accounts;
    private long changed;
    private long moves;
    private long nanos;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        date = jobDate.of(job);
        scope = CustomerScope.of(firstCustomerId, lastCustomerId);
        try (var connection = dataSource.getConnection()) {
            scheme = BucketSchemes.inForce(connection, date);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            PlanPerRange.of(connection);
            for (var item : items) {
                var counts = AccountAging.age(connection, (IdRange) item, scope, date, scheme);
                accounts += counts.accounts();
                changed += counts.changed();
                moves += counts.moves();
            }
        }
        nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        LOG.info(() -> "aging " + date + ": " + accounts + " accounts read, " + changed + " changed, " + moves
                + " bucket moves, " + nanos / 1_000_000 + " ms in the writer (this execution)");
    }
}

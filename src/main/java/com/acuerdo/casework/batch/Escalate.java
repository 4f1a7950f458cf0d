package com.acuerdo.casework.batch;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The escalation step: each range of client ids escalated in the chunk's transaction ({@link CaseEscalation}). */
@Dependent
@Named("escalateCases")
public class Escalate extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(Escalate.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty
    String firstCustomerId;

    @Inject
    @BatchProperty
    String lastCustomerId;

    private LocalDate date;
    private CustomerScope scope;
    private com.acuerdo.casework.control.EscalationRules rules;
    private long cases;
    private long escalations;
    private long restrictions;
    private long nanos;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        date = jobDate.of(job);
        scope = CustomerScope.of(firstCustomerId, lastCustomerId);
        try (var connection = dataSource.getConnection()) {
            rules = CaseEscalation.rules(connection, date)
                    .orElseThrow(() -> new IllegalStateException("no escalation rules in force on " + date));
        }
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            PlanPerRange.of(connection);
            for (var item : items) {
                var range = (IdRange) item;
                long from = Math.max(range.from(), scope.first());
                long to = Math.min(range.to(), scope.last());
                if (from <= to) {
                    var counts =
                            CaseEscalation.escalate(connection, new IdRange(from, to), date, rules, clock.instant());
                    cases += counts.cases();
                    escalations += counts.escalations();
                    restrictions += counts.restrictions();
                }
            }
        }
        nanos += System.nanoTime() - start;
    }

    @Override
    public void close() {
        LOG.info(() -> "escalation " + date + ": " + cases + " open cases, " + escalations + " listed, " + restrictions
                + " restrictions, " + nanos / 1_000_000 + " ms in the writer (this execution)");
    }
}

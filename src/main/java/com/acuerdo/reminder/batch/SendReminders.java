package com.acuerdo.reminder.batch;

import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.JobDate;
import com.acuerdo.reminder.boundary.ReminderDesk;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The reminders step: each range of client ids planned and sent in the chunk's transaction. */
@Dependent
@Named("sendReminders")
public class SendReminders extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    ReminderDesk desk;

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

    @Override
    public void open(Serializable checkpoint) {
        date = jobDate.of(job);
        scope = CustomerScope.of(firstCustomerId, lastCustomerId);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (var item : items) {
            var range = (IdRange) item;
            long from = Math.max(range.from(), scope.first());
            long to = Math.min(range.to(), scope.last());
            if (from <= to) {
                desk.plan(from, to, date);
                desk.sendDue(from, to, date, clock.instant());
            }
        }
    }
}

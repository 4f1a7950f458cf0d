package com.acuerdo.platform.batch;

import com.acuerdo.platform.time.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The business date a job instance works on. The first time it is asked it is the job parameter
 * {@code businessDate} when given, else today's business date, and it is pinned for the job instance
 * (table job_date): every later step and every restart of that instance works on the same date.
 */
@Dependent
public class JobDate {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    BusinessCalendar calendar;

    public LocalDate of(JobContext job) {
        return pinned(job.getInstanceId()).orElseGet(() -> pin(job.getInstanceId(), fresh(job)));
    }

    private LocalDate fresh(JobContext job) {
        var parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        var given = parameters == null ? null : parameters.getProperty("businessDate");
        return given == null || given.isBlank() ? calendar.today() : LocalDate.parse(given.trim());
    }

    private Optional<LocalDate> pinned(long instanceId) {
        try (var connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("SELECT business_date FROM job_date WHERE job_instance_id = ?")) {
            statement.setLong(1, instanceId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDate(1).toLocalDate()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the business date of job instance " + instanceId, e);
        }
    }

    private LocalDate pin(long instanceId, LocalDate date) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "INSERT INTO job_date (job_instance_id, business_date) VALUES (?, ?)")) {
            statement.setLong(1, instanceId);
            statement.setDate(2, Date.valueOf(date));
            statement.executeUpdate();
            return date;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot pin the business date of job instance " + instanceId, e);
        }
    }
}

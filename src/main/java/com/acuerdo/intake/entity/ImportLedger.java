package com.acuerdo.intake.entity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The repository of import runs and their rejects. Joins the caller's (chunk's) transaction. */
@Stateless
public class ImportLedger {

    @PersistenceContext
    EntityManager em;

    public ImportRun add(ImportRun run) {
        em.persist(run);
        em.flush();
        return run;
    }

    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    public void storedAt(long id, String storedFile) {
        em.find(ImportRun.class, id).storedAt(storedFile);
    }

    /**
     * Runs once the job has started, so its first chunk may already hold the run: a bulk update that
     * leaves the version alone (and the chunk's counts) keeps that chunk from an optimistic-lock failure.
     */
    public void startedAs(long id, long jobInstanceId, long executionId) {
        em.createQuery("update ImportRun r set r.jobInstanceId = :instance, r.firstExecutionId = :execution"
                        + " where r.id = :id")
                .setParameter("instance", jobInstanceId)
                .setParameter("execution", executionId)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * One chunk's counts and rejects, in the chunk's transaction: they land exactly when its rows do.
     * The counts are added in the database (not read, changed and written at a version), because the
     * partitions of one import count into the same run at the same time.
     */
    public void record(long id, ChunkTally tally, Collection<ImportReject> rejects) {
        rejects.forEach(em::persist);
        em.createNativeQuery("update import_run set read_count = read_count + ?1,"
                        + " inserted_count = inserted_count + ?2, updated_count = updated_count + ?3,"
                        + " unchanged_count = unchanged_count + ?4, rejected_count = rejected_count + ?5"
                        + " where id = ?6")
                .setParameter(1, tally.read())
                .setParameter(2, tally.inserted())
                .setParameter(3, tally.updated())
                .setParameter(4, tally.unchanged())
                .setParameter(5, tally.rejected())
                .setParameter(6, id)
                .executeUpdate();
    }

    /** The last line a partition of the import has loaded (0: none yet). */
    public long progress(long id, int partition) {
        var lines = em.createNativeQuery(
                        "select last_line from import_partition_progress where import_run_id = ?1 and partition_no = ?2")
                .setParameter(1, id)
                .setParameter(2, partition)
                .getResultList();
        return lines.isEmpty() ? 0 : ((Number) lines.get(0)).longValue();
    }

    /** A partition's progress, in its chunk's transaction: it lands exactly when the chunk's rows do. */
    public void progressed(long id, int partition, long lastLine) {
        int updated = em.createNativeQuery("update import_partition_progress set last_line = ?1"
                        + " where import_run_id = ?2 and partition_no = ?3")
                .setParameter(1, lastLine)
                .setParameter(2, id)
                .setParameter(3, partition)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into import_partition_progress (import_run_id, partition_no, last_line)"
                            + " values (?1, ?2, ?3)")
                    .setParameter(1, id)
                    .setParameter(2, partition)
                    .setParameter(3, lastLine)
                    .executeUpdate();
        }
    }

    /** The whole file is refused; committed on its own so the reason stays although the job fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuse(long id, long line, String reason, String rawRow) {
        var run = em.find(ImportRun.class, id);
        if (run.failure().isPresent()) {
            return; // a restart found the same problem again
        }
        run.refuse(reason);
        em.persist(new ImportReject(id, line, reason, rawRow));
        run.count(new ChunkTally(0, 0, 0, 0, 1));
    }

    public List<ImportReject> rejects(long id, int max) {
        return em.createQuery(
                        "select r from ImportReject r where r.importRunId = :id order by r.line, r.id",
                        ImportReject.class)
                .setParameter("id", id)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<ImportRun> byJobInstance(long jobInstanceId) {
        return em.createQuery("select r from ImportRun r where r.jobInstanceId = :id", ImportRun.class)
                .setParameter("id", jobInstanceId)
                .getResultStream()
                .findFirst();
    }

    public List<ImportRun> latest(int max) {
        return em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
                .setMaxResults(max)
                .getResultList();
    }
}

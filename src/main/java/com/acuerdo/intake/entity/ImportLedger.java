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

    /** One chunk's counts and rejects, in the chunk's transaction: they land exactly when its rows do. */
    public void record(long id, ChunkTally tally, Collection<ImportReject> rejects) {
        rejects.forEach(em::persist);
        em.find(ImportRun.class, id).count(tally);
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

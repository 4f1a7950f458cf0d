package com.acuerdo.dashboard.boundary;

import com.acuerdo.intake.entity.ImportKind;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether no import job runs now (payments and bills change only by imports, so the money in the day
 * facts taken now stays exact until the next import is requested). Outside the caller's transaction:
 * a failing look-up in the batch repository must not abort it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportActivity {

    private static final Logger LOG = Logger.getLogger(ImportActivity.class.getName());

    @PersistenceContext
    EntityManager em;

    public boolean quiet() {
        try {
            var operator = BatchRuntime.getJobOperator();
            for (var kind : ImportKind.values()) {
                try {
                    if (!operator.getRunningExecutions(kind.jobName()).isEmpty()) {
                        return false;
                    }
                } catch (NoSuchJobException neverStarted) {
                    // this import never ran here: it does not run now
                }
            }
            return true;
        } catch (RuntimeException e) {
            // Payara creates its job repository with the first job: without one, no import ever ran.
            boolean repository = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                                            + " WHERE LOWER(table_name) = 'jbatchexecutioninstancedata'")
                                    .getSingleResult())
                            .longValue()
                    > 0;
            if (repository) {
                LOG.log(Level.WARNING, "cannot tell whether an import runs; the day facts' money is not used", e);
            }
            return !repository;
        }
    }
}

package com.acuerdo.message.boundary;

import com.acuerdo.message.control.DefaultMessageTemplates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the default message templates into an empty table at start-up. A filled table is left
 * alone (compliance's wording survives restarts); instances starting together take turns on the
 * reference data lock row, so the defaults are written once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class MessageTemplateDefaults {

    private static final Logger LOG = Logger.getLogger(MessageTemplateDefaults.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void onStart() {
        try {
            transaction.begin();
            em.createNativeQuery("SELECT id FROM reference_data_lock WHERE id = 1 FOR UPDATE")
                    .getResultList();
            long existing = em.createQuery("SELECT COUNT(t) FROM MessageTemplate t", Long.class)
                    .getSingleResult();
            int written = 0;
            if (existing == 0) {
                var defaults = DefaultMessageTemplates.all();
                defaults.forEach(em::persist);
                written = defaults.size();
            }
            transaction.commit();
            int rows = written;
            LOG.info(() -> "Message templates: " + rows + " default templates written");
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Could not load the default message templates", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of the message templates failed", e);
        }
    }
}

package com.acuerdo.platform.reference;

import com.acuerdo.arrangement.control.DefaultArrangementPolicies;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.contact.control.DefaultPublicHolidays;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.message.control.DefaultMessageTemplates;
import com.acuerdo.message.entity.MessageTemplate;
import com.acuerdo.quality.control.DefaultScorecard;
import com.acuerdo.quality.entity.Scorecard;
import com.acuerdo.strategy.control.DefaultStrategy;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.PriorityWeights;
import com.acuerdo.strategy.entity.SolutionRoute;
import com.acuerdo.strategy.entity.TalkingPoint;
import com.acuerdo.tone.control.DefaultToneExpressions;
import com.acuerdo.tone.entity.ToneExpression;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the department's default rules into an empty database at start-up, on H2 and PostgreSQL
 * alike: contact policies and holidays, arrangement policies, the strategy, the scorecard, the tone
 * list and the message templates. A table
 * that already has rows is left alone, so admins' changes survive restarts. Instances that start
 * together take turns on a lock row, so the defaults are written exactly once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());

    static final int HOLIDAYS_FIRST_YEAR = 2026;
    static final int HOLIDAYS_LAST_YEAR = 2027;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void onStart() {
        loadDefaults();
    }

    /** Writes the defaults of every empty table; returns how many rows it wrote (0 when all were filled). */
    public int loadDefaults() {
        try {
            transaction.begin();
            // A second instance waits here until the first commits, then finds the tables filled.
            em.createNativeQuery("SELECT id FROM reference_data_lock WHERE id = 1 FOR UPDATE")
                    .getResultList();
            int rows = loadIfEmpty(ContactPolicy.class, DefaultContactPolicies::all)
                    + loadIfEmpty(
                            PublicHoliday.class,
                            () -> DefaultPublicHolidays.forYears(HOLIDAYS_FIRST_YEAR, HOLIDAYS_LAST_YEAR))
                    + loadIfEmpty(ArrangementPolicy.class, DefaultArrangementPolicies::all)
                    + loadIfEmpty(BucketObjective.class, DefaultStrategy::bucketObjectives)
                    + loadIfEmpty(TalkingPoint.class, DefaultStrategy::talkingPoints)
                    + loadIfEmpty(ObjectionGuide.class, DefaultStrategy::objectionGuides)
                    + loadIfEmpty(SolutionRoute.class, DefaultStrategy::solutionRoutes)
                    + loadIfEmpty(PriorityWeights.class, () -> List.of(DefaultStrategy.priorityWeights()))
                    + loadIfEmpty(Scorecard.class, () -> List.of(DefaultScorecard.published(clock.instant())))
                    + loadIfEmpty(ToneExpression.class, DefaultToneExpressions::all)
                    + loadIfEmpty(MessageTemplate.class, DefaultMessageTemplates::all);
            transaction.commit();
            LOG.info(() -> "Reference data: " + rows + " default rows written");
            return rows;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Could not load the default reference data", e);
        }
    }

    private int loadIfEmpty(Class<?> entity, Supplier<List<?>> defaults) {
        long existing = em.createQuery("SELECT COUNT(e) FROM " + entity.getSimpleName() + " e", Long.class)
                .getSingleResult();
        if (existing > 0) {
            return 0;
        }
        var rows = defaults.get();
        rows.forEach(em::persist);
        return rows.size();
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of the reference data failed", e);
        }
    }
}

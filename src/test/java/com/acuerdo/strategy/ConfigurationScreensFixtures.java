package com.acuerdo.strategy;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.SolutionRoute;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;

/**
 * TEST ONLY (ConfigurationScreensIT's archive): removes what the run's browser flows scheduled on
 * their far effective date (weights, arrangement and contact policies, bucket objectives) and the
 * routes and holidays named with the run's code; {@link StrategyConfigFixtures} removes the rest.
 */
@Stateless
@Path("test-fixtures/config-screens")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class ConfigurationScreensFixtures {

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("cleanup")
    public String cleanup(@FormParam("from") String from, @FormParam("prefix") String prefix) {
        if (prefix == null || prefix.length() < 6) {
            throw new IllegalArgumentException("a run prefix is required");
        }
        var date = LocalDate.parse(from);
        int weights = em.createQuery("DELETE FROM PriorityWeights w WHERE w.effectiveFrom = :from")
                .setParameter("from", date)
                .executeUpdate();
        int arrangement = em.createQuery("DELETE FROM ArrangementPolicy p WHERE p.effectiveFrom = :from")
                .setParameter("from", date)
                .executeUpdate();
        int buckets = em.createQuery("DELETE FROM BucketObjective o WHERE o.effectiveFrom = :from")
                .setParameter("from", date)
                .executeUpdate();
        // One by one: each takes its hours (an element collection) with it.
        var contact = em.createQuery("SELECT p FROM ContactPolicy p WHERE p.effectiveFrom = :from", ContactPolicy.class)
                .setParameter("from", date)
                .getResultList();
        contact.forEach(em::remove);
        var routes = em.createQuery("SELECT r FROM SolutionRoute r WHERE r.code LIKE :prefix", SolutionRoute.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
        routes.forEach(em::remove);
        int holidays = em.createQuery("DELETE FROM PublicHoliday h WHERE h.name LIKE :name")
                .setParameter("name", "%" + prefix + "%")
                .executeUpdate();
        return "weights=" + weights + "\narrangement=" + arrangement + "\nbuckets=" + buckets + "\ncontact="
                + contact.size() + "\nroutes=" + routes.size() + "\nholidays=" + holidays + "\n";
    }
}

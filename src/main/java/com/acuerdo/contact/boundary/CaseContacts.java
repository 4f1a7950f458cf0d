package com.acuerdo.contact.boundary;

import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.contact.control.MandatoryTalkingPoints;
import com.acuerdo.contact.control.NextStep;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.StrategyRepository;
import com.acuerdo.strategy.entity.TalkingPoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Recording a contact from the case workspace: the screen's rules on top of {@link Contacts#record}
 * (which applies the guard, records and audits). The case must still be as the agent read it, and a
 * right-party conversation that ends in a promise or an arrangement needs every mandatory talking
 * point of the case's checklist covered.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CaseContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    CollectionCases cases;

    @Inject
    CaseGuard guard;

    @Inject
    StrategyRepository strategy;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Contacts contacts;

    /**
     * @param expectedVersion the case's version the agent read
     * @throws ChangedMeanwhile when the case changed since (nothing recorded)
     * @throws TalkingPointsMissing naming the mandatory points not covered (nothing recorded)
     * @throws ContactRefused when the guard refuses (audited by {@link Contacts}, nothing recorded)
     */
    public RecordedContact record(long caseId, long expectedVersion, NewContact contact, NextStep nextStep) {
        var kase = cases.find(caseId).orElseThrow(() -> new UnknownSubject("unknown case " + caseId));
        guard.requireAccess(kase, ContactEvent.CASE, caseId);
        if (kase.version() != expectedVersion) {
            throw changed(caseId);
        }
        var mandatory = kase.objective()
                .map(objective -> strategy.talkingPoints(objective, calendar.today()).stream()
                        .filter(TalkingPoint::isMandatory)
                        .map(TalkingPoint::code)
                        .toList())
                .orElse(List.of());
        var missing = MandatoryTalkingPoints.missing(contact.outcome(), nextStep, mandatory, contact.talkingPoints());
        if (!missing.isEmpty()) {
            throw new TalkingPointsMissing(missing);
        }
        var recorded = contacts.record(caseId, contact);
        try {
            em.flush(); // a concurrent save shows here, not at commit, so the caller hears it plainly
        } catch (OptimisticLockException e) {
            throw changed(caseId);
        }
        return recorded;
    }

    private static ChangedMeanwhile changed(long caseId) {
        return new ChangedMeanwhile("case " + caseId + " was changed by someone else meanwhile");
    }
}

package com.acuerdo.strategy.boundary;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.contact.entity.ContactPolicyRepository;
import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationJson;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.ContactPolicyDraft;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The contact policy of each jurisdiction (hours, caps, channels) and its public holidays. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ContactPolicies {

    static final String CONTACT_POLICY = "CONTACT_POLICY";
    static final String HOLIDAY = "PUBLIC_HOLIDAY";

    @Inject
    ConfigurationChanges changes;

    @Inject
    ContactPolicyRepository contactPolicies;

    /** The policy in force on the date, as a draft to edit; empty when the jurisdiction has none. */
    public Optional<ContactPolicyDraft> contactPolicyOn(Jurisdiction jurisdiction, LocalDate date) {
        return contactPolicies.inForce(jurisdiction, date).map(ContactPolicyDraft::of);
    }

    /** Every version of the jurisdiction's policy, newest first. */
    public List<ContactPolicyVersion> contactPolicyHistory(Jurisdiction jurisdiction) {
        var rows = rows(jurisdiction);
        var state = changes.states(rows, ContactPolicy::effectiveFrom);
        return rows.stream()
                .map(row -> new ContactPolicyVersion(ContactPolicyDraft.of(row), row.effectiveFrom(), state.apply(row)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ContactPolicyVersion scheduleContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom) {
        changes.check(ConfigurationRules.contactPolicy(draft), effectiveFrom);
        return store(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeContactPolicy(ContactPolicyDraft draft, LocalDate effectiveFrom, String reason) {
        changes.check(ConfigurationRules.contactPolicy(draft), effectiveFrom);
        return changes.propose(
                ConfigurationProposal.Kind.CONTACT_POLICY,
                draft.jurisdiction().name(),
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = ConfigurationJson.contactPolicy(payload);
        changes.check(ConfigurationRules.contactPolicy(draft), from);
        store(draft, from, note);
    }

    static String summary(JsonObject payload) {
        return ConfigurationJson.summary(ConfigurationJson.contactPolicy(payload));
    }

    private ContactPolicyVersion store(ContactPolicyDraft draft, LocalDate effectiveFrom, String note) {
        var before =
                contactPolicies.inForce(draft.jurisdiction(), effectiveFrom).map(ContactPolicyDraft::of);
        changes.schedule(
                rows(draft.jurisdiction()), ContactPolicy::effectiveFrom, effectiveFrom, draft.toPolicy(effectiveFrom));
        changes.recordScheduled(
                CONTACT_POLICY,
                draft.jurisdiction().name(),
                effectiveFrom,
                note,
                before.map(ConfigurationJson::of).map(Object::toString).orElse("(none)"),
                ConfigurationJson.of(draft).toString());
        return new ContactPolicyVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }

    private List<ContactPolicy> rows(Jurisdiction jurisdiction) {
        return changes.em()
                .createQuery(
                        "SELECT p FROM ContactPolicy p WHERE p.jurisdiction = :jurisdiction ORDER BY p.effectiveFrom DESC",
                        ContactPolicy.class)
                .setParameter("jurisdiction", jurisdiction)
                .getResultList();
    }

    /** The jurisdiction's public holidays from a date on (a year ahead), in date order. */
    public List<PublicHoliday> holidays(Jurisdiction jurisdiction, LocalDate from) {
        return contactPolicies.holidays(jurisdiction, from, from.plusYears(1));
    }

    /** A new public holiday; like any change, from the next business date on. */
    @RolesAllowed(Role.Names.ADMIN)
    public void addHoliday(Jurisdiction jurisdiction, LocalDate date, String name) {
        var reasons = new ArrayList<>(ConfigurationRules.effectiveDate(date, changes.today()));
        if (name == null || name.isBlank()) {
            reasons.add(Reason.of("CFG_HOLIDAY_NAME_REQUIRED"));
        }
        if (jurisdiction == null) {
            reasons.add(Reason.of("CFG_JURISDICTION_REQUIRED"));
        } else if (date != null && contactPolicies.isPublicHoliday(jurisdiction, date)) {
            reasons.add(Reason.of("CFG_HOLIDAY_EXISTS", "date", date));
        }
        ConfigurationChanges.refuseIfAny(reasons);
        changes.em().persist(new PublicHoliday(jurisdiction, date, name.strip()));
        changes.record(HOLIDAY, jurisdiction + "/" + date, "before (none); after " + name.strip());
    }

    /** Removes a future public holiday; past ones are history and stay. */
    @RolesAllowed(Role.Names.ADMIN)
    public void removeHoliday(long holidayId) {
        var holiday = changes.em().find(PublicHoliday.class, holidayId);
        if (holiday == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_HOLIDAY", "id", holidayId));
        }
        changes.checkEffectiveDate(holiday.date());
        changes.em().remove(holiday);
        changes.record(
                HOLIDAY,
                holiday.jurisdiction() + "/" + holiday.date(),
                "before " + holiday.name() + "; after (removed)");
    }
}

package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ArrangementPolicyDraft;
import com.acuerdo.strategy.control.ConfigurationJson;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/** The arrangement policies per product, currency and bucket: soft limits within the hard ones. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ArrangementPolicies {

    static final String ARRANGEMENT_POLICY = "ARRANGEMENT_POLICY";

    @Inject
    ConfigurationChanges changes;

    @Inject
    ArrangementPolicyRepository arrangementPolicies;

    /** Every version of the product's policies, by currency and bucket, newest first. */
    public List<ArrangementPolicyVersion> arrangementPolicyHistory(Product product) {
        var rows = arrangementPolicies.ofProduct(product);
        var state = changes.states(rows, row -> ArrangementPolicyDraft.of(row).key(), ArrangementPolicy::effectiveFrom);
        return rows.stream()
                .map(row -> new ArrangementPolicyVersion(
                        ArrangementPolicyDraft.of(row), row.effectiveFrom(), state.apply(row)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ArrangementPolicyVersion scheduleArrangementPolicy(ArrangementPolicyDraft draft, LocalDate effectiveFrom) {
        changes.check(ConfigurationRules.arrangementPolicy(draft), effectiveFrom);
        return store(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeArrangementPolicy(ArrangementPolicyDraft draft, LocalDate effectiveFrom, String reason) {
        changes.check(ConfigurationRules.arrangementPolicy(draft), effectiveFrom);
        return changes.propose(
                ConfigurationProposal.Kind.ARRANGEMENT_POLICY,
                draft.key(),
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = ConfigurationJson.arrangementPolicy(payload);
        changes.check(ConfigurationRules.arrangementPolicy(draft), from);
        store(draft, from, note);
    }

    static String summary(JsonObject payload) {
        return payload.getJsonObject("soft") + " / " + payload.getJsonObject("hard");
    }

    private ArrangementPolicyVersion store(ArrangementPolicyDraft draft, LocalDate effectiveFrom, String note) {
        var sameKey = arrangementPolicies.ofProduct(draft.product()).stream()
                .filter(row -> ArrangementPolicyDraft.of(row).key().equals(draft.key()))
                .toList();
        var before = InForce.on(effectiveFrom, sameKey, ArrangementPolicy::effectiveFrom)
                .map(row -> ConfigurationJson.of(ArrangementPolicyDraft.of(row)).toString());
        changes.schedule(sameKey, ArrangementPolicy::effectiveFrom, effectiveFrom, draft.toPolicy(effectiveFrom));
        changes.recordScheduled(
                ARRANGEMENT_POLICY,
                draft.key(),
                effectiveFrom,
                note,
                before.orElse("(none)"),
                ConfigurationJson.of(draft).toString());
        return new ArrangementPolicyVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }
}

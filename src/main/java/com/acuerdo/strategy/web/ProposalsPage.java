package com.acuerdo.strategy.web;

import com.acuerdo.arrangement.web.ReasonTexts;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.strategy.boundary.ConfigurationProposals;
import com.acuerdo.strategy.boundary.Proposal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Supervisors' proposed configuration changes: admins approve or reject them with a note. */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConfigurationProposals desk;

    @Inject
    CurrentUser user;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private List<Proposal> proposals = List.of();
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        proposals = desk.proposals();
        notes.clear();
    }

    public void approve(Proposal proposal) {
        try {
            var approved = desk.approve(proposal.id(), proposal.version(), notes.get(proposal.id()));
            messages.info("cfg.proposal.approved", approved.subject());
            load();
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
    }

    public void reject(Proposal proposal) {
        try {
            desk.reject(proposal.id(), proposal.version(), notes.get(proposal.id()));
            messages.info("cfg.proposal.rejected", proposal.subject());
            load();
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public List<Proposal> getProposals() {
        return proposals;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}

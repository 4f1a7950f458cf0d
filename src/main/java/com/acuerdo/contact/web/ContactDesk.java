package com.acuerdo.contact.web;

import com.acuerdo.casework.boundary.CasePlan;
import com.acuerdo.casework.boundary.CaseView;
import com.acuerdo.casework.web.CasePage;
import com.acuerdo.casework.web.CasePlanPage;
import com.acuerdo.contact.boundary.CaseContacts;
import com.acuerdo.contact.boundary.ChangedMeanwhile;
import com.acuerdo.contact.boundary.ContactConflict;
import com.acuerdo.contact.boundary.ContactRefused;
import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.boundary.InvalidContactRequest;
import com.acuerdo.contact.boundary.NewContact;
import com.acuerdo.contact.boundary.RecordedRestriction;
import com.acuerdo.contact.boundary.Restrictions;
import com.acuerdo.contact.boundary.TalkingPointsMissing;
import com.acuerdo.contact.control.GuardDecision;
import com.acuerdo.contact.control.NextStep;
import com.acuerdo.contact.control.ReasonCode;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.tone.boundary.ToneList;
import com.acuerdo.tone.control.ToneHit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The contact part of the case workspace: a guard badge per channel, the form that records a
 * contact, and the client's restrictions. Saves go through the boundaries; a saved change reloads
 * the page (so the timeline and the restrictions show it); a refused one keeps every typed value and
 * says why.
 */
@Named
@ViewScoped
public class ContactDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A guard decision kept in the view (serializable), put into words at render time. */
    public record Why(ReasonCode code, Map<String, String> params) implements Serializable {}

    public record Checked(Channel channel, boolean allowed, List<Why> reasons, Instant next) implements Serializable {

        static Checked of(Channel channel, GuardDecision decision) {
            return new Checked(
                    channel,
                    decision.allowed(),
                    decision.reasons().stream()
                            .map(r -> new Why(r.code(), Map.copyOf(r.params())))
                            .toList(),
                    decision.nextAllowedAt());
        }
    }

    /** What a badge says. */
    public record Badge(Channel channel, boolean allowed, List<String> reasons, String next) {}

    @Inject
    CasePage casePage;

    @Inject
    CasePlanPage casePlan;

    @Inject
    Contacts contacts;

    @Inject
    CaseContacts caseContacts;

    @Inject
    Restrictions restrictionDesk;

    @Inject
    ToneList tone;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private List<Checked> checked = List.of();
    private List<RecordedRestriction> restrictions = List.of();

    // the contact form
    private Channel channel = Channel.CALL;
    private Direction direction = Direction.OUTBOUND;
    private ContactOutcome outcome;
    private DelayReason reason;
    private List<String> points = new ArrayList<>();
    private String notes;
    private NextStep nextStep = NextStep.NONE;
    private LocalDateTime callbackAt;
    private String problemTitle;
    private List<String> problems = new ArrayList<>();

    // the restriction form
    private RestrictionType restrictionType;
    private String restrictionAccount;
    private LocalDate restrictionFrom;
    private LocalDate restrictionUntil;
    private String restrictionNote;
    private List<String> restrictionProblems = new ArrayList<>();

    @PostConstruct
    void load() {
        var view = casePage.getView();
        if (view == null) {
            return;
        }
        try {
            var decisions = contacts.checkAll(view.caseId(), Arrays.asList(Channel.values()), null);
            checked = Arrays.stream(Channel.values())
                    .map(c -> Checked.of(c, decisions.get(c)))
                    .toList();
            var account = firstAccount(view);
            restrictions = account == null
                    ? List.of()
                    : restrictionDesk.of(account).stream()
                            .filter(r -> !r.lifted())
                            .toList();
            restrictionAccount = account;
        } catch (Forbidden refused) {
            checked = List.of(); // the case page answered 403 already
        }
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        problems = new ArrayList<>();
        problemTitle = null;
        var plan = casePlan.getPlan();
        var view = casePage.getView();
        if (plan == null || view == null) {
            return null;
        }
        if (outcome == null) {
            return refuse("ws.contact.problem.invalid", List.of(messages.text("ws.contact.outcome.required")));
        }
        var now = Instant.now(clock);
        var callback = callbackAt == null
                ? null
                : callbackAt.atZone(currentUser.getZone()).toInstant();
        var contact = new NewContact(
                channel,
                direction,
                now,
                outcome,
                reason,
                blankToNull(notes),
                new LinkedHashSet<>(points),
                nextStep == null || nextStep == NextStep.NONE ? null : nextStep.name(),
                callback,
                null,
                null);
        var warnings = notes == null ? List.<ToneHit>of() : tone.warnings(notes);
        try {
            caseContacts.record(view.caseId(), plan.caseVersion(), contact, nextStep);
        } catch (TalkingPointsMissing missing) {
            return refuse("ws.contact.problem.points", names(plan, missing.codes()));
        } catch (ContactRefused refused) {
            var wording = wording();
            var lines = new ArrayList<>(wording.reasons(refused.decision()));
            lines.add(wording.next(
                    refused.decision().nextAllowedAt(), view.client().timeZone(), currentUser.getZone()));
            return refuse("ws.contact.problem.refused", lines);
        } catch (ChangedMeanwhile changed) {
            return refuse("ws.contact.problem.changed", List.of());
        } catch (InvalidContactRequest invalid) {
            return refuse("ws.contact.problem.invalid", invalid.reasons());
        } catch (EJBException e) {
            if (isOptimisticLock(e)) {
                return refuse("ws.contact.problem.changed", List.of());
            }
            throw e;
        }
        keepMessages();
        messages.info("ws.contact.saved");
        if (!warnings.isEmpty()) {
            var found = warnings.stream()
                    .map(hit -> "«" + hit.found() + "»")
                    .distinct()
                    .toList();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_WARN,
                                    messages.text("ws.contact.toneWarning", String.join(", ", found)),
                                    null));
        }
        return reload(view);
    }

    public String addRestriction() {
        restrictionProblems = new ArrayList<>();
        var view = casePage.getView();
        if (view == null) {
            return null;
        }
        if (restrictionType == null) {
            restrictionProblems.add(messages.text("ws.contact.restriction.typeRequired"));
            return null;
        }
        var account = restrictionAccount == null ? firstAccount(view) : restrictionAccount;
        try {
            restrictionDesk.record(
                    account, restrictionType, restrictionFrom, restrictionUntil, blankToNull(restrictionNote));
        } catch (InvalidContactRequest invalid) {
            restrictionProblems.addAll(invalid.reasons());
            return null;
        }
        keepMessages();
        messages.info("ws.contact.restriction.saved", messages.text("restriction." + restrictionType));
        return reload(view);
    }

    public String lift(RecordedRestriction restriction) {
        var view = casePage.getView();
        try {
            restrictionDesk.lift(firstAccount(view), restriction.id());
        } catch (ContactConflict alreadyLifted) {
            keepMessages();
            messages.error("ws.contact.restriction.alreadyLifted");
            return reload(view);
        }
        keepMessages();
        messages.info("ws.contact.restriction.lifted", messages.text("restriction." + restriction.type()));
        return reload(view);
    }

    // ---------------------------------------------------------------- view

    /** The badges in the view's language (worded each render: a language switch shows at once). */
    public List<Badge> getBadges() {
        var view = casePage.getView();
        if (view == null) {
            return List.of();
        }
        var wording = wording();
        return checked.stream()
                .map(c -> new Badge(
                        c.channel(),
                        c.allowed(),
                        c.reasons().stream()
                                .map(why -> wording.reason(why.code(), why.params()))
                                .toList(),
                        c.allowed()
                                ? null
                                : wording.next(c.next(), view.client().timeZone(), currentUser.getZone())))
                .toList();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public ContactOutcome[] getOutcomes() {
        return ContactOutcome.values();
    }

    public DelayReason[] getReasons() {
        return DelayReason.values();
    }

    public NextStep[] getNextSteps() {
        return NextStep.values();
    }

    public RestrictionType[] getRestrictionTypes() {
        return RestrictionType.values();
    }

    public List<RecordedRestriction> getRestrictions() {
        return restrictions;
    }

    private String refuse(String titleKey, List<String> lines) {
        problemTitle = messages.text(titleKey);
        problems = new ArrayList<>(lines);
        return null;
    }

    private static List<String> names(CasePlan plan, List<String> codes) {
        var tag = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return codes.stream()
                .map(code -> plan.checklist().stream()
                        .filter(point -> point.code().equals(code))
                        .map(point -> point.text().in(tag))
                        .findFirst()
                        .orElse(code))
                .toList();
    }

    private GuardWording wording() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return new GuardWording(ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String reload(CaseView view) {
        return "/agent/case?faces-redirect=true&id=" + view.caseId();
    }

    private static String firstAccount(CaseView view) {
        return view.accounts().isEmpty() ? null : view.accounts().get(0).externalId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---------------------------------------------------------------- form properties

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ContactOutcome outcome) {
        this.outcome = outcome;
    }

    public DelayReason getReason() {
        return reason;
    }

    public void setReason(DelayReason reason) {
        this.reason = reason;
    }

    public List<String> getPoints() {
        return points;
    }

    public void setPoints(List<String> points) {
        this.points = points == null ? new ArrayList<>() : new ArrayList<>(points);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public NextStep getNextStep() {
        return nextStep;
    }

    public void setNextStep(NextStep nextStep) {
        this.nextStep = nextStep;
    }

    public LocalDateTime getCallbackAt() {
        return callbackAt;
    }

    public void setCallbackAt(LocalDateTime callbackAt) {
        this.callbackAt = callbackAt;
    }

    public String getProblemTitle() {
        return problemTitle;
    }

    public List<String> getProblems() {
        return problems;
    }

    public RestrictionType getRestrictionType() {
        return restrictionType;
    }

    public void setRestrictionType(RestrictionType restrictionType) {
        this.restrictionType = restrictionType;
    }

    public String getRestrictionAccount() {
        return restrictionAccount;
    }

    public void setRestrictionAccount(String restrictionAccount) {
        this.restrictionAccount = restrictionAccount;
    }

    public LocalDate getRestrictionFrom() {
        return restrictionFrom;
    }

    public void setRestrictionFrom(LocalDate restrictionFrom) {
        this.restrictionFrom = restrictionFrom;
    }

    public LocalDate getRestrictionUntil() {
        return restrictionUntil;
    }

    public void setRestrictionUntil(LocalDate restrictionUntil) {
        this.restrictionUntil = restrictionUntil;
    }

    public String getRestrictionNote() {
        return restrictionNote;
    }

    public void setRestrictionNote(String restrictionNote) {
        this.restrictionNote = restrictionNote;
    }

    public List<String> getRestrictionProblems() {
        return restrictionProblems;
    }
}

package com.acuerdo.assignment.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.assignment.boundary.AgentRules;
import com.acuerdo.assignment.boundary.CaseAssignments;
import com.acuerdo.assignment.boundary.TeamRules;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.team.entity.AbsenceKind;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The assignment rules as data, edited by supervisors for their teams (an admin: all): which cases a
 * team takes, each agent's skills, capacity, schedule and absences, and (admin) the balance spread.
 */
@Named
@ViewScoped
public class RulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseAssignments assignments;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private List<AgentRules> agents = List.of();
    private List<TeamRules> teams = List.of();
    private Long agentId;
    private Integer capacity;
    private List<String> languages = new ArrayList<>();
    private List<String> products = new ArrayList<>();
    private List<String> buckets = new ArrayList<>();
    private List<String> workingDays = new ArrayList<>();
    private String shiftStart;
    private String shiftEnd;
    private String absenceKind = AbsenceKind.VACATION.name();
    private LocalDate absenceFrom;
    private LocalDate absenceUntil;
    private String absenceNote;
    private Long teamId;
    private List<String> teamProducts = new ArrayList<>();
    private List<String> teamBuckets = new ArrayList<>();
    private List<String> teamLanguages = new ArrayList<>();
    private Integer spread;

    public void load() {
        agents = assignments.agentRules();
        teams = assignments.teamRules();
        spread = assignments.spreadPercent();
        if (agentId == null && !agents.isEmpty()) {
            agentId = agents.get(0).agentId();
        }
        if (teamId == null && !teams.isEmpty()) {
            teamId = teams.get(0).teamId();
        }
        pickAgent();
        pickTeam();
    }

    public void pickAgent() {
        agents.stream()
                .filter(agent -> agent.agentId() == (agentId == null ? -1 : agentId))
                .findFirst()
                .ifPresent(agent -> {
                    capacity = agent.capacity();
                    languages = new ArrayList<>(agent.languages());
                    products = new ArrayList<>(agent.products());
                    buckets = new ArrayList<>(agent.buckets());
                    workingDays = new ArrayList<>(agent.workingDays());
                    shiftStart = agent.shiftStart();
                    shiftEnd = agent.shiftEnd();
                });
    }

    public void pickTeam() {
        teams.stream()
                .filter(team -> team.teamId() == (teamId == null ? -1 : teamId))
                .findFirst()
                .ifPresent(team -> {
                    teamProducts = new ArrayList<>(team.products());
                    teamBuckets = new ArrayList<>(team.buckets());
                    teamLanguages = new ArrayList<>(team.languages());
                });
    }

    public AgentRules getAgent() {
        return agents.stream()
                .filter(agent -> agentId != null && agent.agentId() == agentId)
                .findFirst()
                .orElse(null);
    }

    public void saveAgent() {
        if (agentId == null || capacity == null || capacity < 1) {
            messages.error("assign.rules.error.capacity");
            return;
        }
        var start = time(shiftStart);
        var end = time(shiftEnd);
        if (workingDays.isEmpty() || start == null || end == null || !end.isAfter(start)) {
            messages.error("assign.rules.error.schedule");
            return;
        }
        apply(() -> {
            assignments.changeCapacity(agentId, capacity);
            assignments.changeSchedule(agentId, values(workingDays, DayOfWeek::valueOf), start, end);
            assignments.changeSkills(
                    agentId,
                    values(languages, Language::valueOf),
                    values(products, Product::valueOf),
                    values(buckets, AgingBucket::valueOf));
        });
    }

    public void recordAbsence() {
        if (agentId == null || absenceFrom == null || absenceUntil == null || absenceUntil.isBefore(absenceFrom)) {
            messages.error("assign.rules.error.absence");
            return;
        }
        apply(() -> assignments.recordAbsence(
                agentId, AbsenceKind.valueOf(absenceKind), absenceFrom, absenceUntil, absenceNote));
    }

    public void saveTeam() {
        if (teamId == null) {
            return;
        }
        apply(() -> assignments.changeTeamRules(
                teamId,
                values(teamProducts, Product::valueOf),
                values(teamBuckets, AgingBucket::valueOf),
                values(teamLanguages, Language::valueOf)));
    }

    public void saveSpread() {
        if (spread == null || spread < 0 || spread > 100) {
            messages.error("assign.rules.error.spread");
            return;
        }
        apply(() -> assignments.changeSpread(spread));
    }

    private void apply(Runnable change) {
        try {
            change.run();
            messages.info("assign.rules.saved");
            var keepAgent = agentId;
            var keepTeam = teamId;
            agents = assignments.agentRules();
            teams = assignments.teamRules();
            agentId = keepAgent;
            teamId = keepTeam;
            pickAgent();
            pickTeam();
        } catch (Forbidden refused) {
            messages.error("assign.error.forbidden");
        } catch (EJBException | IllegalArgumentException e) {
            messages.error("assign.rules.error.invalid");
        }
    }

    /** HH:mm as a time input sends it; null when empty or not a time. */
    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<String> getAllDays() {
        return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
    }

    public List<String> getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(List<String> workingDays) {
        this.workingDays = workingDays;
    }

    public String getShiftStart() {
        return shiftStart;
    }

    public void setShiftStart(String shiftStart) {
        this.shiftStart = shiftStart;
    }

    public String getShiftEnd() {
        return shiftEnd;
    }

    public void setShiftEnd(String shiftEnd) {
        this.shiftEnd = shiftEnd;
    }

    private static <T> List<T> values(List<String> names, Function<String, T> parse) {
        return names.stream().map(parse).toList();
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public List<String> getAllLanguages() {
        return Arrays.stream(Language.values()).map(Enum::name).toList();
    }

    public List<String> getAllProducts() {
        return Arrays.stream(Product.values()).map(Enum::name).toList();
    }

    public List<String> getAllBuckets() {
        return Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .map(Enum::name)
                .toList();
    }

    public List<String> getAbsenceKinds() {
        return Arrays.stream(AbsenceKind.values()).map(Enum::name).toList();
    }

    public List<AgentRules> getAgents() {
        return agents;
    }

    public List<TeamRules> getTeams() {
        return teams;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getProducts() {
        return products;
    }

    public void setProducts(List<String> products) {
        this.products = products;
    }

    public List<String> getBuckets() {
        return buckets;
    }

    public void setBuckets(List<String> buckets) {
        this.buckets = buckets;
    }

    public String getAbsenceKind() {
        return absenceKind;
    }

    public void setAbsenceKind(String absenceKind) {
        this.absenceKind = absenceKind;
    }

    public LocalDate getAbsenceFrom() {
        return absenceFrom;
    }

    public void setAbsenceFrom(LocalDate absenceFrom) {
        this.absenceFrom = absenceFrom;
    }

    public LocalDate getAbsenceUntil() {
        return absenceUntil;
    }

    public void setAbsenceUntil(LocalDate absenceUntil) {
        this.absenceUntil = absenceUntil;
    }

    public String getAbsenceNote() {
        return absenceNote;
    }

    public void setAbsenceNote(String absenceNote) {
        this.absenceNote = absenceNote;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<String> getTeamProducts() {
        return teamProducts;
    }

    public void setTeamProducts(List<String> teamProducts) {
        this.teamProducts = teamProducts;
    }

    public List<String> getTeamBuckets() {
        return teamBuckets;
    }

    public void setTeamBuckets(List<String> teamBuckets) {
        this.teamBuckets = teamBuckets;
    }

    public List<String> getTeamLanguages() {
        return teamLanguages;
    }

    public void setTeamLanguages(List<String> teamLanguages) {
        this.teamLanguages = teamLanguages;
    }

    public Integer getSpread() {
        return spread;
    }

    public void setSpread(Integer spread) {
        this.spread = spread;
    }
}

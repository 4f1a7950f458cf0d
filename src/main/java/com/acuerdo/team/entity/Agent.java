package com.acuerdo.team.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An adviser who works cases: the login (a user of security), a team, skills, a capacity and a
 * schedule. Assignment asks the agent {@link #canTake}, {@link #hasCapacityFor} and
 * {@link #isAvailableOn} rather than reading its fields.
 */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    private Long id;

    /** The login (app_user id, owned by security); one agent per user. */
    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ElementCollection
    @CollectionTable(name = "agent_language", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Set<Language> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_product", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 20)
    private Set<Product> products = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_bucket", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 20)
    private Set<AgingBucket> buckets = new HashSet<>();

    /** Maximum number of open cases the agent carries. */
    @Column(name = "capacity", nullable = false)
    private int capacity;

    @ElementCollection
    @CollectionTable(name = "agent_working_day", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private Set<DayOfWeek> workingDays = new HashSet<>();

    @Embedded
    private WorkingSchedule schedule;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "agent", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate")
    private List<Absence> absences = new ArrayList<>();

    @Version
    private long version;

    protected Agent() {}

    public Agent(long userId, String displayName, Team team, int capacity) {
        this.userId = userId;
        rename(displayName);
        this.team = team;
        changeCapacity(capacity);
        this.workingDays.addAll(WorkingSchedule.weekdays());
        this.schedule = WorkingSchedule.officeHours();
    }

    // --- skills and assignment rules -------------------------------------------------------

    /** Replaces the skills. An agent takes only what is listed: no language, no cases. */
    public void changeSkills(
            Collection<Language> languages, Collection<Product> products, Collection<AgingBucket> buckets) {
        this.languages.clear();
        this.languages.addAll(languages);
        this.products.clear();
        this.products.addAll(products);
        this.buckets.clear();
        this.buckets.addAll(buckets);
    }

    /** Whether the agent's skills fit a case; an inactive agent takes nothing. */
    public boolean canTake(Language language, Product product, AgingBucket bucket) {
        return active && languages.contains(language) && products.contains(product) && buckets.contains(bucket);
    }

    /** Whether one more case fits, given the cases the agent has open now. */
    public boolean hasCapacityFor(int openCases) {
        if (openCases < 0) {
            throw new IllegalArgumentException("open cases cannot be negative");
        }
        return openCases < capacity;
    }

    public void changeCapacity(int maxOpenCases) {
        if (maxOpenCases < 1) {
            throw new IllegalArgumentException("capacity must be at least 1 case");
        }
        this.capacity = maxOpenCases;
    }

    // --- schedule and absences -------------------------------------------------------------

    public void changeSchedule(Collection<DayOfWeek> days, WorkingSchedule schedule) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an agent works on at least one day");
        }
        this.workingDays.clear();
        this.workingDays.addAll(days);
        this.schedule = Objects.requireNonNull(schedule);
    }

    public boolean worksOn(DayOfWeek day) {
        return workingDays.contains(day);
    }

    /** On shift at this local time of the department's zone (and not absent that day). */
    public boolean isOnShiftAt(LocalDateTime local) {
        return isAvailableOn(local.toLocalDate()) && schedule.covers(local.toLocalTime());
    }

    public boolean isAbsentOn(LocalDate date) {
        return absences.stream().anyMatch(absence -> absence.covers(date));
    }

    /** Active, a working day and not absent: the agent can receive work that day. */
    public boolean isAvailableOn(LocalDate date) {
        return active && worksOn(date.getDayOfWeek()) && !isAbsentOn(date);
    }

    /** Records an absence; overlapping an existing one is refused so periods stay unambiguous. */
    public Absence recordAbsence(AbsenceKind kind, LocalDate from, LocalDate until, String note) {
        if (absences.stream().anyMatch(existing -> existing.overlaps(from, until))) {
            throw new IllegalArgumentException("the agent is already absent in part of " + from + " – " + until);
        }
        var absence = new Absence(this, kind, from, until, note);
        absences.add(absence);
        return absence;
    }

    public void cancelAbsence(Absence absence) {
        if (!absences.remove(absence)) {
            throw new IllegalArgumentException("not an absence of this agent");
        }
    }

    public Optional<Absence> absenceOn(LocalDate date) {
        return absences.stream().filter(absence -> absence.covers(date)).findFirst();
    }

    // --- membership and life cycle ---------------------------------------------------------

    /** Moves the agent to another team; the cases they carry are reassigned by the caller. */
    public void joinTeam(Team newTeam) {
        this.team = Objects.requireNonNull(newTeam, "team");
    }

    public void leaveTeam() {
        this.team = null;
    }

    public boolean isMemberOf(Team other) {
        return team != null && (team == other || (team.id() != null && team.id().equals(other.id())));
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("an agent needs a display name");
        }
        this.displayName = newName.strip();
    }

    // --- reading ---------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<Team> team() {
        return Optional.ofNullable(team);
    }

    public Set<Language> languages() {
        return Set.copyOf(languages);
    }

    public Set<Product> products() {
        return Set.copyOf(products);
    }

    public Set<AgingBucket> buckets() {
        return Set.copyOf(buckets);
    }

    public int capacity() {
        return capacity;
    }

    public Set<DayOfWeek> workingDays() {
        return Set.copyOf(workingDays);
    }

    public WorkingSchedule schedule() {
        return schedule;
    }

    public boolean isActive() {
        return active;
    }

    public List<Absence> absences() {
        return List.copyOf(absences);
    }

    @Override
    public String toString() {
        return "Agent[" + displayName + ", user " + userId + "]";
    }
}

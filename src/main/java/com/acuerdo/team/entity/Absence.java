package com.acuerdo.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** A period an agent does not work; both dates are included. Part of the {@link Agent} aggregate. */
@Entity
@Table(name = "absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AbsenceKind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "until_date", nullable = false)
    private LocalDate untilDate;

    @Column(name = "note", length = 500)
    private String note;

    @Version
    private long version;

    protected Absence() {}

    Absence(Agent agent, AbsenceKind kind, LocalDate fromDate, LocalDate untilDate, String note) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fromDate = Objects.requireNonNull(fromDate, "fromDate");
        this.untilDate = Objects.requireNonNull(untilDate, "untilDate");
        if (untilDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("absence ends before it starts: " + fromDate + " > " + untilDate);
        }
        this.note = note;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(untilDate);
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return !until.isBefore(fromDate) && !from.isAfter(untilDate);
    }

    /** Ends the absence earlier (e.g. the agent came back); never before it started. */
    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(fromDate)) {
            throw new IllegalArgumentException("an absence cannot end before it starts");
        }
        this.untilDate = lastDay;
    }

    public Long id() {
        return id;
    }

    public Agent agent() {
        return agent;
    }

    public AbsenceKind kind() {
        return kind;
    }

    public LocalDate fromDate() {
        return fromDate;
    }

    public LocalDate untilDate() {
        return untilDate;
    }

    public String note() {
        return note;
    }
}

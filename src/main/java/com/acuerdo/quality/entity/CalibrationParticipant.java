package com.acuerdo.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** A reviewer taking part in a calibration session, with the review they scored blind. */
@Entity
@Table(name = "calibration_participant")
public class CalibrationParticipant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calibration_participant_seq")
    @SequenceGenerator(
            name = "calibration_participant_seq",
            sequenceName = "calibration_participant_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CalibrationSession session;

    /** The reviewer (app_user, owned by security). */
    @Column(name = "user_id", nullable = false)
    private Long userId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id")
    private QualityReview review;

    @Version
    private long version;

    protected CalibrationParticipant() {}

    CalibrationParticipant(CalibrationSession session, long userId) {
        this.session = session;
        this.userId = userId;
    }

    void attach(QualityReview participantReview) {
        this.review = participantReview;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public Optional<QualityReview> review() {
        return Optional.ofNullable(review);
    }
}

package com.acuerdo.strategy.boundary;

import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.TalkingPoint;
import java.time.LocalDate;

/** One stored version of a talking point and where it stands today. */
public record TalkingPointVersion(
        Objective objective,
        String code,
        int sortOrder,
        boolean mandatory,
        String textEs,
        String textEn,
        LocalDate effectiveFrom,
        boolean withdrawn,
        VersionState state) {

    static TalkingPointVersion of(TalkingPoint point, VersionState state) {
        return new TalkingPointVersion(
                point.objective(),
                point.code(),
                point.sortOrder(),
                point.isMandatory(),
                point.textEs(),
                point.textEn(),
                point.effectiveFrom(),
                point.isWithdrawn(),
                state);
    }
}

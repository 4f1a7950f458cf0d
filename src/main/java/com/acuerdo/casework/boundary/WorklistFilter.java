package com.acuerdo.casework.boundary;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.Objective;
import java.io.Serializable;

/**
 * What the agent narrowed their worklist to; every part is optional and they combine (AND).
 *
 * @param bucket only cases in this bucket (null: any)
 * @param objective only cases with this objective (null: any)
 * @param promiseDueToday only cases with an open promise due on the business date
 * @param callbackDue only cases whose agreed callback time has come
 * @param withinHours only clients for whom it is now within the contact hours of their
 *     jurisdiction, in their own zone (hours, closed days and public holidays; caps and
 *     restrictions are the guard's, checked when a contact is made and by "Next case")
 */
public record WorklistFilter(
        AgingBucket bucket, Objective objective, boolean promiseDueToday, boolean callbackDue, boolean withinHours)
        implements Serializable {

    public static final WorklistFilter NONE = new WorklistFilter(null, null, false, false, false);

    public boolean isEmpty() {
        return equals(NONE);
    }
}

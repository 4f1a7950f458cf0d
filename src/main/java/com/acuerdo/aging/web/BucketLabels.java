package com.acuerdo.aging.web;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.aging.entity.BucketSchemes;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A bucket's name on screen: its days as in force on the business date ("1–29 días", "180+ days"),
 * so a change of the ranges renames every table, filter and chart from the day it applies.
 */
@Named
@RequestScoped
public class BucketLabels {

    @Inject
    BucketSchemes schemes;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Messages messages;

    private BucketScheme scheme;

    /** The label of a bucket given as the enum or its code; anything else is shown as it is. */
    public String of(Object bucket) {
        if (bucket == null) {
            return "";
        }
        var code = bucket instanceof AgingBucket known ? known : parse(bucket.toString());
        if (code == null) {
            return bucket.toString();
        }
        if (!code.isDelinquent()) {
            return messages.text("bucket.CURRENT");
        }
        return messages.text("bucket.days", scheme().daysText(code));
    }

    private BucketScheme scheme() {
        if (scheme == null) {
            scheme = schemes.on(calendar.today());
        }
        return scheme;
    }

    private static AgingBucket parse(String code) {
        try {
            return AgingBucket.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package com.acuerdo.platform.time;

import jakarta.ejb.ApplicationException;

/** The business date moves only with the nightly chain unless the demo/test setting allows it. */
@ApplicationException(rollback = true)
public class BusinessDateLockedException extends RuntimeException {
    public BusinessDateLockedException() {
        super("business date can only be set where acuerdo.business-date.settable=true");
    }
}

package com.acuerdo.reminder.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of the friendly reminders; the subject is the reminder. */
public enum ReminderEvent implements AuditType {
    REMINDER_SENT,
    REMINDER_DEFERRED,
    REMINDER_WITHDRAWN;

    public static final String REMINDER = "REMINDER";
}

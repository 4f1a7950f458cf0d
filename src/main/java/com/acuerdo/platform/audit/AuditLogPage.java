package com.acuerdo.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin's view of the latest audit events. */
@Named
@RequestScoped
public class AuditLogPage {

    static final int LATEST = 100;

    @Inject
    Audit audit;

    private List<AuditEvent> events = List.of();

    public void load() {
        events = audit.latest(LATEST);
    }

    public List<AuditEvent> getEvents() {
        return events;
    }
}

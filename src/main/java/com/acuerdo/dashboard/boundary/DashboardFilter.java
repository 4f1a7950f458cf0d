package com.acuerdo.dashboard.boundary;

import com.acuerdo.account.entity.Product;
import java.time.LocalDate;

/**
 * What the dashboard shows: one team or (null) every team of the caller, optionally one agent and one
 * product, and the period {@code from}–{@code to} (both included; the roll matrix compares the two dates).
 */
public record DashboardFilter(Long teamId, Long agentId, Product product, LocalDate from, LocalDate to) {

    public DashboardFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs from <= to: " + from + " – " + to);
        }
    }
}

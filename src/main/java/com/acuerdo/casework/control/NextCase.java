package com.acuerdo.casework.control;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;

/**
 * "Next case": the first case, in priority order, that may be contacted now. Candidates are read a
 * page at a time and checked one by one; the search stops after a few pages, so an agent whose top
 * hundred clients are all outside their hours gets an honest "none now" instead of a scan of the
 * whole portfolio.
 */
public final class NextCase {

    public static final int PAGE = 20;
    public static final int MAX_PAGES = 5;

    private NextCase() {}

    /**
     * @param page the case ids of page {@code n} (0-based) in priority order; fewer than
     *     {@code pageSize} (or none) when the list ends
     * @param allowedNow whether the contact guard lets the caller contact this case's client now
     */
    public static Optional<Long> first(
            IntFunction<List<Long>> page, LongPredicate allowedNow, int pageSize, int maxPages) {
        for (int n = 0; n < maxPages; n++) {
            var ids = page.apply(n);
            for (var id : ids) {
                if (allowedNow.test(id)) {
                    return Optional.of(id);
                }
            }
            if (ids.size() < pageSize) {
                break;
            }
        }
        return Optional.empty();
    }
}

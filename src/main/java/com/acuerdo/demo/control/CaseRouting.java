package com.acuerdo.demo.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the agent for a new demo case: an agent of the team for the case's bucket who speaks the
 * client's language (and takes the product when someone does), the least loaded first, so work stays
 * balanced. Each case is one client's, so the client keeps one agent.
 */
public final class CaseRouting {

    /** What routing knows of an agent, and how many open cases it has received so far. */
    public static final class Seat {
        private final long agentId;
        private final long teamId;
        private final String team;
        private final Set<Language> languages;
        private final Set<Product> products;
        private int load;

        public Seat(long agentId, long teamId, String team, Set<Language> languages, Set<Product> products) {
            this.agentId = agentId;
            this.teamId = teamId;
            this.team = team;
            this.languages = Set.copyOf(languages);
            this.products = Set.copyOf(products);
        }

        public long agentId() {
            return agentId;
        }

        public long teamId() {
            return teamId;
        }

        public int load() {
            return load;
        }
    }

    private final List<Seat> seats;

    public CaseRouting(List<Seat> seats) {
        this.seats = List.copyOf(seats);
    }

    public Seat assign(AgingBucket bucket, Language language, Product product) {
        var team = DemoOrganisation.teamFor(bucket).name();
        var speakers = seats.stream()
                .filter(seat -> seat.team.equals(team) && seat.languages.contains(language))
                .toList();
        if (speakers.isEmpty()) {
            throw new IllegalStateException("nobody in " + team + " speaks " + language);
        }
        var fitting = speakers.stream()
                .filter(seat -> seat.products.contains(product))
                .toList();
        var chosen = (fitting.isEmpty() ? speakers : fitting)
                .stream()
                        .min(Comparator.comparingInt(Seat::load).thenComparingLong(Seat::agentId))
                        .orElseThrow();
        chosen.load++;
        return chosen;
    }

    /** The case went to the seat but is closed already (a cured client's history): no load. */
    public void release(Seat seat) {
        if (seat.load > 0) {
            seat.load--;
        }
    }

    public List<Seat> seats() {
        return seats;
    }
}

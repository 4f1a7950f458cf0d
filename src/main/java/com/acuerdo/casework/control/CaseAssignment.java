package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The simple assignment of new and orphaned cases (the full one comes with the supervisor's issue):
 * the same agent keeps the client when still active; otherwise an agent of a team that takes the
 * case's bucket and product (a team without bucket or product rows takes any), speaking the client's
 * language when someone does, the least loaded first (open cases over capacity, then id), so work
 * stays balanced. Loads count the cases handed out, so one night's new cases spread.
 */
public final class CaseAssignment {

    /** A team and what it takes; an empty set takes any value. */
    public record TeamRule(long teamId, Set<String> buckets, Set<String> products) {
        boolean takes(AgingBucket bucket, String product) {
            return (buckets.isEmpty() || buckets.contains(bucket.name()))
                    && (products.isEmpty() || products.contains(product));
        }

        boolean isSpecificFor(AgingBucket bucket) {
            return buckets.contains(bucket.name());
        }
    }

    /** An active agent with a team; languages in upper case (ES, EN). */
    public record Seat(long agentId, long teamId, Set<String> languages, int capacity) {}

    public record Choice(long agentId, long teamId) {}

    private final Map<Long, TeamRule> teams = new HashMap<>();
    private final List<Seat> seats;
    private final Map<Long, Integer> load;

    public CaseAssignment(List<TeamRule> teams, List<Seat> seats, Map<Long, Integer> openCases) {
        teams.forEach(team -> this.teams.put(team.teamId(), team));
        this.seats = List.copyOf(seats);
        this.load = new HashMap<>(openCases);
    }

    public Optional<Choice> assign(AgingBucket bucket, String product, String language, Long previousAgentId) {
        var chosen = seats.stream()
                .filter(seat -> previousAgentId != null && seat.agentId() == previousAgentId)
                .findFirst()
                .or(() -> bestOf(candidates(bucket, product), language));
        chosen.ifPresent(seat -> load.merge(seat.agentId(), 1, Integer::sum));
        return chosen.map(seat -> new Choice(seat.agentId(), seat.teamId()));
    }

    public int loadOf(long agentId) {
        return load.getOrDefault(agentId, 0);
    }

    /** Seats of the teams made for the bucket, else of any team that takes it, else everybody. */
    private List<Seat> candidates(AgingBucket bucket, String product) {
        var taking =
                seats.stream().filter(seat -> rule(seat).takes(bucket, product)).toList();
        var specific =
                taking.stream().filter(seat -> rule(seat).isSpecificFor(bucket)).toList();
        return !specific.isEmpty() ? specific : !taking.isEmpty() ? taking : seats;
    }

    private TeamRule rule(Seat seat) {
        return teams.getOrDefault(seat.teamId(), new TeamRule(seat.teamId(), Set.of(), Set.of()));
    }

    private Optional<Seat> bestOf(List<Seat> candidates, String language) {
        var speakers = candidates.stream()
                .filter(seat -> language != null && seat.languages().contains(language.toUpperCase()))
                .toList();
        return Stream.of(speakers.isEmpty() ? candidates : speakers)
                .flatMap(List::stream)
                .min(Comparator.comparingDouble((Seat seat) -> (double) loadOf(seat.agentId()) / seat.capacity())
                        .thenComparingLong(Seat::agentId));
    }
}

package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who works a case, as a pure rule over data (teams, agents' skills, capacity, availability, loads).
 *
 * <ol>
 *   <li><b>Continuity</b>: the client's previous agent keeps them when available, skilled for the
 *       case and below capacity.
 *   <li><b>Team</b>: the teams that take the case's bucket, product and language (an empty set takes
 *       any value); the most specific first (naming more of the three); no such team with room:
 *       every team.
 *   <li><b>Skills and capacity</b>: only available agents whose skills fit (an empty skill set takes
 *       any value) and who are below their capacity (max open cases). Nobody fits: no choice, the
 *       case stays unassigned and shows on the supervisor's list.
 *   <li><b>Balance</b>: among those, the agents whose fill (open cases over capacity) is within the
 *       configured spread of the least filled one; of them the one with the smallest total balance,
 *       then the least filled, then the lowest id. A spread of 0 is plain "least filled first".
 * </ol>
 *
 * Loads count what the rule hands out, so one night's cases spread.
 */
public final class CaseAssignment {

    /** A team and what it takes; an empty set takes any value. Values upper case. */
    public record TeamRule(long teamId, Set<String> buckets, Set<String> products, Set<String> languages) {
        public TeamRule(long teamId, Set<String> buckets, Set<String> products) {
            this(teamId, buckets, products, Set.of());
        }

        boolean takes(AgingBucket bucket, String product, String language) {
            return fits(buckets, bucket.name()) && fits(products, product) && fits(languages, language);
        }

        /** How many of the case's bucket, product and language this team names explicitly. */
        int specificity(Request request) {
            return (buckets.contains(request.bucket().name()) ? 1 : 0)
                    + (request.product() != null
                                    && products.contains(request.product().toUpperCase())
                            ? 1
                            : 0)
                    + (request.language() != null
                                    && languages.contains(request.language().toUpperCase())
                            ? 1
                            : 0);
        }
    }

    /**
     * An agent with a team; skills upper case (ES, CREDIT_CARD, DPD_1_29), an empty set takes any
     * value. {@code available}: active and not absent on the business date.
     */
    public record Seat(
            long agentId,
            long teamId,
            Set<String> languages,
            Set<String> products,
            Set<String> buckets,
            int capacity,
            boolean available) {

        public Seat {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1 case");
            }
        }

        /** An available agent skilled for any product and bucket. */
        public Seat(long agentId, long teamId, Set<String> languages, int capacity) {
            this(agentId, teamId, languages, Set.of(), Set.of(), capacity, true);
        }

        boolean skilledFor(AgingBucket bucket, String product, String language) {
            return fits(languages, language) && fits(products, product) && fits(buckets, bucket.name());
        }
    }

    /**
     * One case to place.
     *
     * @param previousAgentId the client's agent to keep (continuity), or null
     * @param onlyTeamId place only within this team (an absent agent's teammates), or null
     * @param excludedAgentId never this agent (the one the case leaves), or null
     */
    public record Request(
            AgingBucket bucket,
            String product,
            String language,
            BigDecimal balance,
            Long previousAgentId,
            Long onlyTeamId,
            Long excludedAgentId) {

        public Request {
            product = product == null ? null : product.toUpperCase();
            language = language == null ? null : language.toUpperCase();
        }

        public static Request of(AgingBucket bucket, String product, String language, BigDecimal balance) {
            return new Request(bucket, product, language, balance, null, null, null);
        }

        public Request keeping(Long agentId) {
            return new Request(bucket, product, language, balance, agentId, onlyTeamId, excludedAgentId);
        }

        public Request withinTeamExcept(long teamId, long agentId) {
            return new Request(bucket, product, language, balance, previousAgentId, teamId, agentId);
        }
    }

    public record Choice(long agentId, long teamId) {}

    /** Open cases and their total balance of one agent. */
    public record Load(int openCases, BigDecimal balance) {
        public static final Load NONE = new Load(0, BigDecimal.ZERO);

        Load plus(BigDecimal more) {
            return new Load(openCases + 1, balance.add(more == null ? BigDecimal.ZERO : more));
        }

        Load minus(BigDecimal less) {
            return new Load(Math.max(0, openCases - 1), balance.subtract(less == null ? BigDecimal.ZERO : less));
        }
    }

    private final Map<Long, TeamRule> teams = new HashMap<>();
    private final List<Seat> seats;
    private final Map<Long, Load> loads;
    private final double spread;

    /**
     * @param spreadPercent how far (percentage points of capacity) an agent's fill may be above the
     *     least filled candidate's and still be chosen for a smaller balance
     */
    public CaseAssignment(List<TeamRule> teams, List<Seat> seats, Map<Long, Load> loads, int spreadPercent) {
        if (spreadPercent < 0 || spreadPercent > 100) {
            throw new IllegalArgumentException("the spread is a percentage between 0 and 100");
        }
        teams.forEach(team -> this.teams.put(team.teamId(), team));
        this.seats = List.copyOf(seats);
        this.loads = new HashMap<>(loads);
        this.spread = spreadPercent / 100.0;
    }

    /** Open cases only, no balance spread: the nightly aging's first assignment. */
    public CaseAssignment(List<TeamRule> teams, List<Seat> seats, Map<Long, Integer> openCases) {
        this(teams, seats, counts(openCases), 0);
    }

    private static Map<Long, Load> counts(Map<Long, Integer> openCases) {
        var loads = new HashMap<Long, Load>();
        openCases.forEach((agent, count) -> loads.put(agent, new Load(count, BigDecimal.ZERO)));
        return loads;
    }

    public Optional<Choice> assign(AgingBucket bucket, String product, String language, Long previousAgentId) {
        return assign(Request.of(bucket, product, language, BigDecimal.ZERO).keeping(previousAgentId));
    }

    public Optional<Choice> assign(Request request) {
        var chosen = previous(request).or(() -> best(request));
        chosen.ifPresent(seat -> loads.merge(
                seat.agentId(), Load.NONE.plus(request.balance()), (old, one) -> old.plus(request.balance())));
        return chosen.map(seat -> new Choice(seat.agentId(), seat.teamId()));
    }

    /** A case leaves an agent (moved elsewhere by a supervisor): their load drops. */
    public void release(long agentId, BigDecimal balance) {
        loads.computeIfPresent(agentId, (id, load) -> load.minus(balance));
    }

    public int loadOf(long agentId) {
        return loads.getOrDefault(agentId, Load.NONE).openCases();
    }

    public BigDecimal balanceOf(long agentId) {
        return loads.getOrDefault(agentId, Load.NONE).balance();
    }

    private Optional<Seat> previous(Request request) {
        if (request.previousAgentId() == null) {
            return Optional.empty();
        }
        return seats.stream()
                .filter(seat -> seat.agentId() == request.previousAgentId())
                .filter(seat -> eligible(seat, request))
                .findFirst();
    }

    private Optional<Seat> best(Request request) {
        var eligible = candidates(request);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        double leastFill = Double.MAX_VALUE;
        for (var seat : eligible) {
            leastFill = Math.min(leastFill, fill(seat));
        }
        double limit = leastFill + spread + 1e-9;
        Seat chosen = null;
        BigDecimal chosenBalance = null;
        double chosenFill = 0;
        for (var seat : eligible) {
            double fill = fill(seat);
            if (fill > limit) {
                continue;
            }
            var balance = balanceOf(seat.agentId());
            int byBalance = chosen == null ? -1 : balance.compareTo(chosenBalance);
            if (chosen == null
                    || byBalance < 0
                    || (byBalance == 0
                            && (fill < chosenFill || (fill == chosenFill && seat.agentId() < chosen.agentId())))) {
                chosen = seat;
                chosenBalance = balance;
                chosenFill = fill;
            }
        }
        return Optional.ofNullable(chosen);
    }

    private boolean eligible(Seat seat, Request request) {
        return seat.available()
                && (request.excludedAgentId() == null || seat.agentId() != request.excludedAgentId())
                && (request.onlyTeamId() == null || seat.teamId() == request.onlyTeamId())
                && seat.skilledFor(request.bucket(), request.product(), request.language())
                && loadOf(seat.agentId()) < seat.capacity();
    }

    /**
     * Eligible seats of the most specific teams that take the case (a team naming the bucket, product
     * and language beats one naming only the bucket, which beats one taking anything); no team with
     * room takes it: every seat.
     */
    private List<Seat> candidates(Request request) {
        var eligible = new ArrayList<Seat>();
        var best = new ArrayList<Seat>();
        int bestSpecificity = -1;
        for (var seat : seats) {
            if (!eligible(seat, request)) {
                continue;
            }
            eligible.add(seat);
            if (request.onlyTeamId() != null) {
                continue;
            }
            var rule = rule(seat);
            if (!rule.takes(request.bucket(), request.product(), request.language())) {
                continue;
            }
            int specificity = rule.specificity(request);
            if (specificity > bestSpecificity) {
                best.clear();
                bestSpecificity = specificity;
            }
            if (specificity == bestSpecificity) {
                best.add(seat);
            }
        }
        return request.onlyTeamId() != null || best.isEmpty() ? eligible : best;
    }

    private double fill(Seat seat) {
        return (double) loadOf(seat.agentId()) / seat.capacity();
    }

    private TeamRule rule(Seat seat) {
        return teams.computeIfAbsent(seat.teamId(), id -> new TeamRule(id, Set.of(), Set.of()));
    }

    private static boolean fits(Set<String> accepted, String value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }
}

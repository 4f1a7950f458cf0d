package com.acuerdo.dashboard.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An agent's ranks within the table: on recovery, containment, cure rate, promises kept, right-party
 * contacts and quality score (higher is better on each), and overall: the rank of the mean of those
 * ranks (lower mean first). Ties share a rank (see {@link Ranking}).
 */
public record AgentRanks(
        Integer recovery,
        Integer containment,
        Integer cureRate,
        Integer kept,
        Integer rightParty,
        Integer quality,
        Integer overall) {

    public static List<AgentRanks> of(List<Figures> agents) {
        var recovery = ranks(agents, Figures::recoveryPercent);
        var containment = ranks(agents, Figures::containment);
        var cure = ranks(agents, Figures::cureRate);
        var kept = ranks(agents, Figures::keptPercent);
        var rpc = ranks(agents, Figures::rightPartyPercent);
        var quality = ranks(agents, Figures::averageScore);
        var means = new ArrayList<BigDecimal>();
        for (int i = 0; i < agents.size(); i++) {
            means.add(Ranking.meanRank(java.util.Arrays.asList(
                    recovery.get(i), containment.get(i), cure.get(i), kept.get(i), rpc.get(i), quality.get(i))));
        }
        var overall = Ranking.ranks(means, false);
        var result = new ArrayList<AgentRanks>();
        for (int i = 0; i < agents.size(); i++) {
            result.add(new AgentRanks(
                    recovery.get(i),
                    containment.get(i),
                    cure.get(i),
                    kept.get(i),
                    rpc.get(i),
                    quality.get(i),
                    overall.get(i)));
        }
        return result;
    }

    private static List<Integer> ranks(List<Figures> agents, Function<Figures, BigDecimal> figure) {
        return Ranking.ranks(agents.stream().map(figure).toList(), true);
    }
}

package com.acuerdo.demo.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.demo.control.CaseRouting;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.PriorityWeights;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the chunks of a load share: the business date, the users, the routing of cases over the
 * agents (with their running load) and the strategy in force. Small, whatever the number of clients.
 */
public record DemoSetup(
        LocalDate today,
        Map<String, Long> userIds,
        Map<Long, String> agentUsernames,
        Map<Long, Long> supervisorOfTeam,
        CaseRouting routing,
        Map<Product, Map<AgingBucket, Objective>> objectives,
        PriorityWeights weights) {

    public long userId(String username) {
        var id = userIds.get(username);
        if (id == null) {
            throw new IllegalArgumentException("no demo user " + username);
        }
        return id;
    }

    public Optional<Objective> objective(Product product, AgingBucket bucket) {
        return Optional.ofNullable(objectives.getOrDefault(product, Map.of()).get(bucket))
                .or(bucket::defaultObjective);
    }
}

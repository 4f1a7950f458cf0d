package com.acuerdo.strategy.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.strategy.boundary.BucketObjectiveVersion;
import com.acuerdo.strategy.boundary.BucketObjectives;
import com.acuerdo.strategy.boundary.BucketRanges;
import com.acuerdo.strategy.entity.Objective;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objective of each aging bucket per product: today's plan in the form, every version below.
 * The buckets' day ranges are the department's (see {@link BucketRangesPage}); the objective of each is per product.
 */
@Named
@ViewScoped
public class BucketObjectivesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    BucketObjectives bucketObjectives;

    @Inject
    BucketRanges bucketRanges;

    private Product product = Product.CREDIT_CARD;
    /** Objective names by bucket name: the form's choice (blank = none chosen). */
    private final Map<String, String> plan = new HashMap<>();

    private Map<AgingBucket, Objective> inForce = Map.of();
    private BucketScheme ranges = BucketScheme.defaults();
    private List<BucketObjectiveVersion> history = List.of();

    public void load() {
        if (product == null) {
            product = Product.CREDIT_CARD;
        }
        defaultEffectiveDate();
        inForce = bucketObjectives.bucketObjectivesOn(product, dates.today());
        ranges = bucketRanges.rangesOn(dates.today());
        history = bucketObjectives.bucketObjectiveHistory(product);
        plan.clear();
        inForce.forEach((bucket, objective) -> plan.put(bucket.name(), objective.name()));
    }

    public void changeProduct() {
        reason = null;
        load();
    }

    public void save() {
        var chosen = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
        plan.forEach((bucket, objective) -> {
            if (objective != null && !objective.isBlank()) {
                chosen.put(AgingBucket.valueOf(bucket), Objective.valueOf(objective));
            }
        });
        showingRefusal(() -> {
            if (user.isAdmin()) {
                var changed = bucketObjectives.scheduleBucketObjectives(product, chosen, effectiveFrom);
                if (changed.isEmpty()) {
                    messages.info("cfg.unchanged");
                } else {
                    messages.info("cfg.scheduled", effectiveFrom);
                }
            } else {
                bucketObjectives.proposeBucketObjectives(product, chosen, effectiveFrom, reason);
                messages.info("cfg.proposed");
            }
            reason = null;
            load();
        });
    }

    public List<AgingBucket> getBuckets() {
        return Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .toList();
    }

    public Product[] getProducts() {
        return Product.values();
    }

    public Objective[] getObjectives() {
        return Objective.values();
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public Map<String, String> getPlan() {
        return plan;
    }

    public Map<AgingBucket, Objective> getInForce() {
        return inForce;
    }

    /** The buckets' days in force today (edited on the bucket ranges page). */
    public BucketScheme getRanges() {
        return ranges;
    }

    public List<BucketObjectiveVersion> getHistory() {
        return history;
    }
}

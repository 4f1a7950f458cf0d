package com.acuerdo.strategy.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.SolutionKind;
import java.util.List;

/** A solution route as the screen edits it: what an agent may offer, to which products and buckets. */
public record RouteDraft(
        String code,
        SolutionKind kind,
        String nameEs,
        String nameEn,
        String descriptionEs,
        String descriptionEn,
        List<Product> products,
        List<AgingBucket> buckets) {

    public RouteDraft {
        products = products == null ? List.of() : List.copyOf(products);
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
    }

    public RouteDraft normalised() {
        return new RouteDraft(
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                kind,
                strip(nameEs),
                strip(nameEn),
                strip(descriptionEs),
                strip(descriptionEn),
                products.stream().distinct().sorted().toList(),
                buckets.stream().distinct().sorted().toList());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

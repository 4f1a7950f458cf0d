package com.acuerdo.strategy.web;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketScheme;
import com.acuerdo.strategy.boundary.BucketRanges;
import com.acuerdo.strategy.boundary.BucketRangesVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The aging buckets' day ranges: the ranges in force today, a form to change them from a date on,
 * every version below. A refused form keeps what was typed.
 */
@Named
@ViewScoped
public class BucketRangesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    /** Here the buckets' days are what is being edited: reasons name buckets by code, as the table does. */
    @Override
    protected Map<String, String> labels() {
        return Map.of("product", "product.");
    }

    /** One bucket's days as typed: {@code to} empty means open-ended. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AgingBucket bucket;
        private Integer from;
        private Integer to;

        Row(BucketScheme.Range range) {
            this.bucket = range.bucket();
            this.from = range.fromDays();
            this.to = range.toDays();
        }

        public AgingBucket getBucket() {
            return bucket;
        }

        public Integer getFrom() {
            return from;
        }

        public void setFrom(Integer from) {
            this.from = from;
        }

        public Integer getTo() {
            return to;
        }

        public void setTo(Integer to) {
            this.to = to;
        }
    }

    @Inject
    BucketRanges bucketRanges;

    private List<Row> rows;
    private BucketScheme inForce;
    private List<BucketRangesVersion> history = List.of();

    public void load() {
        defaultEffectiveDate();
        inForce = bucketRanges.rangesOn(dates.today());
        history = bucketRanges.rangesHistory();
        if (rows == null) {
            rows = inForce.ranges().stream().map(Row::new).toList();
        }
    }

    public void save() {
        var ranges = rows.stream()
                .map(row -> new BucketScheme.Range(row.bucket, row.from, row.to))
                .toList();
        showingRefusal(() -> {
            if (user.isAdmin()) {
                bucketRanges
                        .scheduleRanges(ranges, effectiveFrom)
                        .ifPresentOrElse(
                                version -> messages.info("cfg.scheduled", effectiveFrom),
                                () -> messages.info("cfg.unchanged"));
            } else {
                bucketRanges.proposeRanges(ranges, effectiveFrom, reason);
                messages.info("cfg.proposed");
            }
            reason = null;
            history = bucketRanges.rangesHistory();
        });
    }

    public List<Row> getRows() {
        return rows;
    }

    public BucketScheme getInForce() {
        return inForce;
    }

    public List<BucketRangesVersion> getHistory() {
        return history;
    }
}

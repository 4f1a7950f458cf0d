package com.acuerdo.strategy.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.boundary.ArrangementPolicies;
import com.acuerdo.strategy.boundary.ArrangementPolicyVersion;
import com.acuerdo.strategy.control.ArrangementPolicyDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Arrangement policies per product, currency and bucket: soft limits (the agent grants) within hard
 * limits (a supervisor approves), from a date on, with every version.
 */
@Named
@ViewScoped
public class ArrangementPoliciesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    /** One set of limits in the form. */
    public static final class LimitsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer maxInstalments;
        private BigDecimal minDownPaymentPercent;
        private BigDecimal minInstalmentAmount;
        private BigDecimal maxDiscountPercent;
        private Integer maxDaysToFirstPayment;

        void fill(ArrangementPolicyDraft.Limits limits) {
            maxInstalments = limits.maxInstalments();
            minDownPaymentPercent = limits.minDownPaymentPercent();
            minInstalmentAmount = limits.minInstalmentAmount();
            maxDiscountPercent = limits.maxDiscountPercent();
            maxDaysToFirstPayment = limits.maxDaysToFirstPayment();
        }

        ArrangementPolicyDraft.Limits limits() {
            return new ArrangementPolicyDraft.Limits(
                    maxInstalments == null ? 0 : maxInstalments,
                    minDownPaymentPercent,
                    minInstalmentAmount,
                    maxDiscountPercent,
                    maxDaysToFirstPayment == null ? 0 : maxDaysToFirstPayment);
        }

        public Integer getMaxInstalments() {
            return maxInstalments;
        }

        public void setMaxInstalments(Integer maxInstalments) {
            this.maxInstalments = maxInstalments;
        }

        public BigDecimal getMinDownPaymentPercent() {
            return minDownPaymentPercent;
        }

        public void setMinDownPaymentPercent(BigDecimal minDownPaymentPercent) {
            this.minDownPaymentPercent = minDownPaymentPercent;
        }

        public BigDecimal getMinInstalmentAmount() {
            return minInstalmentAmount;
        }

        public void setMinInstalmentAmount(BigDecimal minInstalmentAmount) {
            this.minInstalmentAmount = minInstalmentAmount;
        }

        public BigDecimal getMaxDiscountPercent() {
            return maxDiscountPercent;
        }

        public void setMaxDiscountPercent(BigDecimal maxDiscountPercent) {
            this.maxDiscountPercent = maxDiscountPercent;
        }

        public Integer getMaxDaysToFirstPayment() {
            return maxDaysToFirstPayment;
        }

        public void setMaxDaysToFirstPayment(Integer maxDaysToFirstPayment) {
            this.maxDaysToFirstPayment = maxDaysToFirstPayment;
        }
    }

    @Inject
    ArrangementPolicies arrangementPolicies;

    private Product product = Product.CREDIT_CARD;
    private String currency;
    /** Bucket name, blank = any bucket. */
    private String bucket = "";

    private final LimitsForm soft = new LimitsForm();
    private final LimitsForm hard = new LimitsForm();
    private Integer graceDays;
    private Integer reminderDaysBefore;
    private Integer maxPromiseDays;
    private List<ArrangementPolicyVersion> history = List.of();

    public void load() {
        if (product == null) {
            product = Product.CREDIT_CARD;
        }
        defaultEffectiveDate();
        history = arrangementPolicies.arrangementPolicyHistory(product);
    }

    public void changeProduct() {
        currency = null;
        bucket = "";
        load();
    }

    public void edit(ArrangementPolicyVersion version) {
        var p = version.policy();
        currency = p.currency();
        bucket = p.bucket() == null ? "" : p.bucket().name();
        soft.fill(p.soft());
        hard.fill(p.hard());
        graceDays = p.graceDays();
        reminderDaysBefore = p.reminderDaysBefore();
        maxPromiseDays = p.maxPromiseDays();
    }

    public void save() {
        var draft = new ArrangementPolicyDraft(
                product,
                bucket == null || bucket.isBlank() ? null : AgingBucket.valueOf(bucket),
                currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                soft.limits(),
                hard.limits(),
                graceDays == null ? 0 : graceDays,
                reminderDaysBefore == null ? 0 : reminderDaysBefore,
                maxPromiseDays == null ? 0 : maxPromiseDays);
        submit(
                () -> arrangementPolicies.scheduleArrangementPolicy(draft, effectiveFrom),
                () -> arrangementPolicies.proposeArrangementPolicy(draft, effectiveFrom, reason),
                () -> history = arrangementPolicies.arrangementPolicyHistory(product));
    }

    public Product[] getProducts() {
        return Product.values();
    }

    public List<AgingBucket> getBuckets() {
        return Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .toList();
    }

    public List<ArrangementPolicyVersion> getHistory() {
        return history;
    }

    public LimitsForm getSoft() {
        return soft;
    }

    public LimitsForm getHard() {
        return hard;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public Integer getReminderDaysBefore() {
        return reminderDaysBefore;
    }

    public void setReminderDaysBefore(Integer reminderDaysBefore) {
        this.reminderDaysBefore = reminderDaysBefore;
    }

    public Integer getMaxPromiseDays() {
        return maxPromiseDays;
    }

    public void setMaxPromiseDays(Integer maxPromiseDays) {
        this.maxPromiseDays = maxPromiseDays;
    }
}

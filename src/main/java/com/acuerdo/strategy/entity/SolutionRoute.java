package com.acuerdo.strategy.entity;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A way out the agent may offer, where it applies (products × buckets). Versioned per code. */
@Entity
@Table(name = "solution_route")
public class SolutionRoute {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solution_route_seq")
    @SequenceGenerator(name = "solution_route_seq", sequenceName = "solution_route_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private SolutionKind kind;

    @Column(name = "name_es", nullable = false, length = 200)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "description_es", nullable = false, length = 1000)
    private String descriptionEs;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @ElementCollection
    @CollectionTable(name = "solution_route_bucket", joinColumns = @JoinColumn(name = "solution_route_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 20)
    private Set<AgingBucket> buckets = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "solution_route_product", joinColumns = @JoinColumn(name = "solution_route_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 20)
    private Set<Product> products = new HashSet<>();

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Version
    private long version;

    protected SolutionRoute() {}

    public SolutionRoute(
            String code,
            SolutionKind kind,
            String nameEs,
            String nameEn,
            String descriptionEs,
            String descriptionEn,
            Collection<Product> products,
            Collection<AgingBucket> buckets,
            LocalDate effectiveFrom) {
        this.code = Texts.required(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nameEs = Texts.required(nameEs, "nameEs");
        this.nameEn = Texts.required(nameEn, "nameEn");
        this.descriptionEs = Texts.required(descriptionEs, "descriptionEs");
        this.descriptionEn = Texts.required(descriptionEn, "descriptionEn");
        if (products.isEmpty() || buckets.isEmpty()) {
            throw new IllegalArgumentException("a route applies to at least one product and one bucket");
        }
        this.products.addAll(products);
        this.buckets.addAll(buckets);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    public boolean appliesTo(Product product, AgingBucket bucket) {
        return products.contains(product) && buckets.contains(bucket);
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameEs;
    }

    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionEs;
    }

    /** A row that retires the route with this code from {@code effectiveFrom} on (history kept). */
    public static SolutionRoute withdrawal(SolutionRoute route, LocalDate effectiveFrom) {
        var withdrawal = new SolutionRoute(
                route.code,
                route.kind,
                route.nameEs,
                route.nameEn,
                route.descriptionEs,
                route.descriptionEn,
                route.products,
                route.buckets,
                effectiveFrom);
        withdrawal.withdrawn = true;
        return withdrawal;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public SolutionKind kind() {
        return kind;
    }

    public Set<Product> products() {
        return Set.copyOf(products);
    }

    public Set<AgingBucket> buckets() {
        return Set.copyOf(buckets);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}

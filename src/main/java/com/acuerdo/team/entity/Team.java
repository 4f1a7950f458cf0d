package com.acuerdo.team.entity;

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
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A team of agents under one supervisor. Which cases it takes is data: the products, buckets and
 * languages it serves. An empty set means "any" (a team for every product, say).
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    /** The supervisor's login (app_user id, owned by security). */
    @Column(name = "supervisor_user_id")
    private Long supervisorUserId;

    @ElementCollection
    @CollectionTable(name = "team_product", joinColumns = @JoinColumn(name = "team_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "product", nullable = false, length = 20)
    private Set<Product> products = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_bucket", joinColumns = @JoinColumn(name = "team_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "bucket", nullable = false, length = 20)
    private Set<AgingBucket> buckets = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_language", joinColumns = @JoinColumn(name = "team_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Set<Language> languages = new HashSet<>();

    @Version
    private long version;

    protected Team() {}

    public Team(String name, Long supervisorUserId) {
        rename(name);
        this.supervisorUserId = supervisorUserId;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        this.name = newName.strip();
    }

    public void changeSupervisor(Long userId) {
        this.supervisorUserId = userId;
    }

    /** Replaces the assignment rules; empty collections mean "any". */
    public void takeCasesOf(
            Collection<Product> products, Collection<AgingBucket> buckets, Collection<Language> languages) {
        this.products.clear();
        this.products.addAll(products);
        this.buckets.clear();
        this.buckets.addAll(buckets);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    /** Whether a case of this product, bucket and client language belongs to this team. */
    public boolean takes(Product product, AgingBucket bucket, Language language) {
        return matches(products, product) && matches(buckets, bucket) && matches(languages, language);
    }

    private static <T> boolean matches(Set<T> accepted, T value) {
        return accepted.isEmpty() || accepted.contains(value);
    }

    public boolean isSupervisedBy(long userId) {
        return supervisorUserId != null && supervisorUserId == userId;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long supervisorUserId() {
        return supervisorUserId;
    }

    public Set<Product> products() {
        return Set.copyOf(products);
    }

    public Set<AgingBucket> buckets() {
        return Set.copyOf(buckets);
    }

    public Set<Language> languages() {
        return Set.copyOf(languages);
    }

    @Override
    public String toString() {
        return "Team[" + name + "]";
    }
}

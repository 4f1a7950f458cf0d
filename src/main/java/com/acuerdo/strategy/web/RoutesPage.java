package com.acuerdo.strategy.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.boundary.RouteVersion;
import com.acuerdo.strategy.boundary.SolutionRoutes;
import com.acuerdo.strategy.control.RouteDraft;
import com.acuerdo.strategy.entity.SolutionKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Solution routes: what an agent may offer (promise, arrangement, settlement …) to which products and buckets. */
@Named
@ViewScoped
public class RoutesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    SolutionRoutes routes;

    private List<RouteVersion> history = List.of();
    private String code;
    private SolutionKind kind;
    private String nameEs;
    private String nameEn;
    private String descriptionEs;
    private String descriptionEn;
    /** Names, so the checkboxes need no converter. */
    private List<String> products = new ArrayList<>();

    private List<String> buckets = new ArrayList<>();

    public void load() {
        defaultEffectiveDate();
        history = routes.routeHistory();
    }

    public void edit(RouteVersion version) {
        var route = version.route();
        code = route.code();
        kind = route.kind();
        nameEs = route.nameEs();
        nameEn = route.nameEn();
        descriptionEs = route.descriptionEs();
        descriptionEn = route.descriptionEn();
        products = new ArrayList<>(route.products().stream().map(Product::name).toList());
        buckets =
                new ArrayList<>(route.buckets().stream().map(AgingBucket::name).toList());
    }

    public void save() {
        var draft = new RouteDraft(
                code,
                kind,
                nameEs,
                nameEn,
                descriptionEs,
                descriptionEn,
                products.stream().map(Product::valueOf).toList(),
                buckets.stream().map(AgingBucket::valueOf).toList());
        submit(
                () -> routes.scheduleRoute(draft, effectiveFrom),
                () -> routes.proposeRoute(draft, effectiveFrom, reason),
                () -> history = routes.routeHistory());
    }

    public void withdraw(RouteVersion version) {
        act(
                () -> routes.withdrawRoute(version.route().code(), effectiveFrom),
                () -> history = routes.routeHistory(),
                "cfg.withdrawn",
                version.route().code(),
                effectiveFrom);
    }

    public SolutionKind[] getKinds() {
        return SolutionKind.values();
    }

    public Product[] getAllProducts() {
        return Product.values();
    }

    public List<AgingBucket> getAllBuckets() {
        return Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .toList();
    }

    public List<RouteVersion> getHistory() {
        return history;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SolutionKind getKind() {
        return kind;
    }

    public void setKind(SolutionKind kind) {
        this.kind = kind;
    }

    public String getNameEs() {
        return nameEs;
    }

    public void setNameEs(String nameEs) {
        this.nameEs = nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = descriptionEs;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public List<String> getProducts() {
        return products;
    }

    public void setProducts(List<String> products) {
        this.products = products;
    }

    public List<String> getBuckets() {
        return buckets;
    }

    public void setBuckets(List<String> buckets) {
        this.buckets = buckets;
    }
}

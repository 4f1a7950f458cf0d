package com.acuerdo.strategy.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.RouteDraft;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.SolutionKind;
import com.acuerdo.strategy.entity.SolutionRoute;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;

/** The solution routes (kind, names, descriptions, products, buckets), versioned per code. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class SolutionRoutes {

    static final String ROUTE = "SOLUTION_ROUTE";

    @Inject
    ConfigurationChanges changes;

    /** Every version of every route, by code, newest first. */
    public List<RouteVersion> routeHistory() {
        var rows = rows();
        var state = changes.states(rows, SolutionRoute::code, SolutionRoute::effectiveFrom);
        return rows.stream()
                .map(row -> new RouteVersion(draftOf(row), row.effectiveFrom(), row.isWithdrawn(), state.apply(row)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RouteVersion scheduleRoute(RouteDraft draft, LocalDate effectiveFrom) {
        return store(toRoute(checked(draft, effectiveFrom), effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public RouteVersion withdrawRoute(String code, LocalDate effectiveFrom) {
        var current = changes.toWithdraw(
                versions(code), SolutionRoute::effectiveFrom, SolutionRoute::isWithdrawn, code, effectiveFrom);
        return store(SolutionRoute.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeRoute(RouteDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checked(draft, effectiveFrom);
        var products = Json.createArrayBuilder();
        checked.products().forEach(product -> products.add(product.name()));
        var buckets = Json.createArrayBuilder();
        checked.buckets().forEach(bucket -> buckets.add(bucket.name()));
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("kind", checked.kind().name())
                .add("nameEs", checked.nameEs())
                .add("nameEn", checked.nameEn())
                .add("descriptionEs", checked.descriptionEs())
                .add("descriptionEn", checked.descriptionEn())
                .add("products", products)
                .add("buckets", buckets)
                .build();
        return changes.propose(
                ConfigurationProposal.Kind.SOLUTION_ROUTE, checked.code(), payload, effectiveFrom, reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = new RouteDraft(
                payload.getString("code"),
                SolutionKind.valueOf(payload.getString("kind")),
                payload.getString("nameEs"),
                payload.getString("nameEn"),
                payload.getString("descriptionEs"),
                payload.getString("descriptionEn"),
                payload.getJsonArray("products").getValuesAs(JsonString.class).stream()
                        .map(value -> Product.valueOf(value.getString()))
                        .toList(),
                payload.getJsonArray("buckets").getValuesAs(JsonString.class).stream()
                        .map(value -> AgingBucket.valueOf(value.getString()))
                        .toList());
        store(toRoute(checked(draft, from), from), note);
    }

    static String summary(JsonObject payload) {
        return payload.getString("kind") + ": " + payload.getString("nameEs") + " · " + payload.getJsonArray("products")
                + " · " + payload.getJsonArray("buckets");
    }

    private RouteDraft checked(RouteDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        changes.check(ConfigurationRules.solutionRoute(checked), effectiveFrom);
        return checked;
    }

    private static SolutionRoute toRoute(RouteDraft draft, LocalDate effectiveFrom) {
        return new SolutionRoute(
                draft.code(),
                draft.kind(),
                draft.nameEs(),
                draft.nameEn(),
                draft.descriptionEs(),
                draft.descriptionEn(),
                draft.products(),
                draft.buckets(),
                effectiveFrom);
    }

    private static RouteDraft draftOf(SolutionRoute route) {
        return new RouteDraft(
                route.code(),
                route.kind(),
                route.name(Language.ES),
                route.name(Language.EN),
                route.description(Language.ES),
                route.description(Language.EN),
                route.products().stream().sorted().toList(),
                route.buckets().stream().sorted().toList());
    }

    private static String describe(SolutionRoute route) {
        return route.isWithdrawn() ? "{withdrawn}" : draftOf(route).toString();
    }

    private RouteVersion store(SolutionRoute route, String note) {
        var sameCode = versions(route.code());
        var before = InForce.on(route.effectiveFrom(), sameCode, SolutionRoute::effectiveFrom)
                .map(SolutionRoutes::describe);
        changes.schedule(sameCode, SolutionRoute::effectiveFrom, route.effectiveFrom(), route);
        changes.recordScheduled(
                ROUTE, route.code(), route.effectiveFrom(), note, before.orElse("(none)"), describe(route));
        return new RouteVersion(draftOf(route), route.effectiveFrom(), route.isWithdrawn(), VersionState.SCHEDULED);
    }

    private List<SolutionRoute> versions(String code) {
        return rows().stream().filter(row -> row.code().equals(code)).toList();
    }

    private List<SolutionRoute> rows() {
        return changes.em()
                .createQuery("SELECT r FROM SolutionRoute r ORDER BY r.code, r.effectiveFrom DESC", SolutionRoute.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.buckets")
                .setHint("eclipselink.batch", "r.products")
                .getResultList();
    }
}

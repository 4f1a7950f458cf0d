package com.acuerdo.dashboard.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.web.BucketLabels;
import com.acuerdo.dashboard.boundary.Dashboard;
import com.acuerdo.dashboard.boundary.DashboardFilter;
import com.acuerdo.dashboard.boundary.DashboardView;
import com.acuerdo.dashboard.boundary.Drill;
import com.acuerdo.dashboard.boundary.DrillRow;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The team's results dashboard ({@code /supervisor/dashboard.xhtml}): filter (team, agent, product,
 * period), the five objectives, charts, the roll-rate matrix, the per-agent table with ranks, and the
 * cases behind a number (a lazy table). Figures come from {@link Dashboard}; nothing is computed here.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] COLOURS = {"#0f7b6c", "#2f80ed", "#e0a100", "#f2994a", "#b42318", "#7a4fb3", "#173d66"
    };

    @Inject
    Dashboard dashboard;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Messages messages;

    @Inject
    BucketLabels bucketLabels;

    private Long teamId;
    private Long agentId;
    private Product product;
    private LocalDate from;
    private LocalDate to;

    private List<Dashboard.Choice> teams;
    private List<Dashboard.Choice> agents;
    private DashboardView view;
    private Drill drill;
    private Cases cases;

    public void load() throws IOException {
        if (view != null) {
            return;
        }
        try {
            teams = dashboard.teams();
            if (teamId == null && teams.size() == 1) {
                teamId = teams.get(0).id();
            }
            var today = calendar.today();
            to = to == null ? today : to;
            from = from == null ? to.minusDays(30) : from;
            refresh();
        } catch (Forbidden refused) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Applies the filter: figures again, the drill-down closed. */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error("dash.period.invalid");
            return;
        }
        drill = null;
        refresh();
    }

    public void teamChanged() {
        agentId = null;
        agents = dashboard.agents(teamId);
    }

    private void refresh() {
        agents = dashboard.agents(teamId);
        view = dashboard.view(filter());
        cases = null;
    }

    private DashboardFilter filter() {
        return new DashboardFilter(teamId, agentId, product, from, to);
    }

    public void drillRoll(AgingBucket fromBucket, AgingBucket toBucket) {
        open(Drill.roll(fromBucket, toBucket));
    }

    public void drillBucket(AgingBucket bucket) {
        open(Drill.bucket(bucket));
    }

    private void open(Drill target) {
        drill = target;
        cases = new Cases(dashboard, filter(), target);
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("dash:drillTable")
                instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    // ---------------------------------------------------------------- charts (Chart.js configurations)

    /** Bar chart: accounts per bucket (left axis) and balance (right axis). */
    public String getPortfolioChart() {
        var labels = Json.createArrayBuilder();
        var accounts = Json.createArrayBuilder();
        var balances = Json.createArrayBuilder();
        for (var row : view.portfolio()) {
            labels.add(bucketLabels.of(row.bucket()));
            accounts.add(row.accounts());
            balances.add(row.balance());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(text("dash.accounts"), accounts, COLOURS[1], "y"))
                                                .add(dataset(text("dash.balance"), balances, COLOURS[2], "y1"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("position", "left"))
                                                .add(
                                                        "y1",
                                                        Json.createObjectBuilder()
                                                                .add("position", "right"))))
                .build()
                .toString();
    }

    /** Stacked area: accounts per bucket, snapshot by snapshot (the last 90 business nights). */
    public String getTrendChart() {
        var days = new TreeSet<LocalDate>();
        view.trend().forEach(point -> days.add(point.day()));
        var labels = Json.createArrayBuilder();
        days.forEach(day -> labels.add(day.toString()));
        var datasets = Json.createArrayBuilder();
        for (var bucket : AgingBucket.values()) {
            var values = Json.createArrayBuilder();
            for (var day : days) {
                values.add(view.trend().stream()
                        .filter(p -> p.day().equals(day) && p.bucket() == bucket)
                        .mapToLong(DashboardView.TrendPoint::accounts)
                        .sum());
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", bucketLabels.of(bucket))
                    .add("data", values)
                    .add("fill", true)
                    .add("borderColor", COLOURS[bucket.ordinal()])
                    .add("backgroundColor", COLOURS[bucket.ordinal()] + "66"));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))))
                .build()
                .toString();
    }

    /** Bar chart: promises kept, partly kept, broken, and arrangements active, kept, broken. */
    public String getAgentChart() {
        var labels = Json.createArrayBuilder();
        var recovery = Json.createArrayBuilder();
        var containment = Json.createArrayBuilder();
        for (var row : view.agents()) {
            labels.add(row.name() == null ? text("dash.unassigned") : row.name());
            recovery.add(orZero(row.figures().recoveryPercent()));
            containment.add(orZero(row.figures().containment()));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(text("dash.recovery"), recovery, COLOURS[0], "y"))
                                                .add(dataset(text("dash.containment"), containment, COLOURS[1], "y"))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build()
                .toString();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static jakarta.json.JsonObjectBuilder dataset(
            String label, JsonArrayBuilder data, String colour, String axis) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("yAxisID", axis);
    }

    private String text(String key) {
        return messages.text(key);
    }

    // ---------------------------------------------------------------- view

    public List<AgingBucket> getBuckets() {
        return Arrays.asList(AgingBucket.values());
    }

    public List<Product> getProducts() {
        return Arrays.asList(Product.values());
    }

    public long rollCount(AgingBucket fromBucket, AgingBucket toBucket) {
        return view.rolls().count(fromBucket, toBucket);
    }

    public BigDecimal rollRate(AgingBucket fromBucket) {
        return view.rolls().rollRate(fromBucket);
    }

    public String getDrillTitle() {
        if (drill == null) {
            return "";
        }
        return drill.kind() == Drill.Kind.ROLL
                ? messages.text(
                        "dash.drill.roll",
                        bucketLabels.of(drill.from()),
                        bucketLabels.of(drill.to()),
                        from.toString(),
                        to.toString())
                : messages.text("dash.drill.bucket", bucketLabels.of(drill.from()));
    }

    public String getExportName() {
        return "dashboard-" + (teamId == null ? "all" : teamId) + "-" + from + "-" + to;
    }

    /** The figures of the whole selection (the team, or the chosen agent). */
    public com.acuerdo.dashboard.control.Figures getTeam() {
        return view.team();
    }

    public DashboardView getView() {
        return view;
    }

    public Drill getDrill() {
        return drill;
    }

    public LazyDataModel<DrillRow> getCases() {
        return cases;
    }

    public List<Dashboard.Choice> getTeams() {
        return teams;
    }

    public List<Dashboard.Choice> getAgents() {
        return agents;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** One page or the count per call; nothing kept between pages. */
    static final class Cases extends LazyDataModel<DrillRow> {

        private static final long serialVersionUID = 1L;

        private final Dashboard dashboard;
        private final DashboardFilter filter;
        private final Drill drill;

        Cases(Dashboard dashboard, DashboardFilter filter, Drill drill) {
            this.dashboard = dashboard;
            this.filter = filter;
            this.drill = drill;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(dashboard.countCases(filter, drill));
        }

        @Override
        public List<DrillRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return dashboard.cases(filter, drill, first, pageSize);
        }

        @Override
        public String getRowKey(DrillRow row) {
            return row.caseId() + "-" + row.account();
        }
    }
}

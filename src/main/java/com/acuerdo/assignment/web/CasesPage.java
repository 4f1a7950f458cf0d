package com.acuerdo.assignment.web;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.assignment.boundary.AgentLoad;
import com.acuerdo.assignment.boundary.CaseAssignments;
import com.acuerdo.assignment.boundary.CaseFilter;
import com.acuerdo.assignment.boundary.TeamCaseRow;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The supervisor's cases: a lazy, filtered table of their teams' cases with bulk and single
 * reassignment (to an agent, with a mandatory reason) and the team's load per agent as a chart.
 */
@Named
@ViewScoped
public class CasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseAssignments assignments;

    @Inject
    Messages messages;

    private List<AgentLoad> agents = List.of();
    /** One case only (the case page's "reassign" link), until the filters are applied. */
    private Long caseId;

    private Long agentId;
    private String bucket;
    private String product;
    private String status = "OPEN";
    private boolean unassigned;
    private boolean escalated;
    private List<TeamCaseRow> selected = new ArrayList<>();
    private Long targetAgentId;
    private String reason;
    private final Cases cases = new Cases(this);

    public void load() {
        agents = assignments.agents();
    }

    public void applyFilters() {
        caseId = null;
        selected = new ArrayList<>();
    }

    public void reassignSelected() {
        move(selected.stream().map(TeamCaseRow::caseId).toList());
    }

    public void reassignOne(TeamCaseRow row) {
        move(List.of(row.caseId()));
    }

    private void move(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            messages.error("assign.error.noneSelected");
            return;
        }
        if (targetAgentId == null) {
            messages.error("assign.error.noAgent");
            return;
        }
        if (reason == null || reason.isBlank()) {
            messages.error("assign.error.noReason");
            return;
        }
        try {
            int moved = assignments.reassign(caseIds, targetAgentId, reason);
            messages.info("assign.moved", moved);
            selected = new ArrayList<>();
            reason = null;
            agents = assignments.agents();
        } catch (Forbidden refused) {
            messages.error("assign.error.forbidden");
        } catch (EJBException | IllegalArgumentException e) {
            messages.error("assign.error.failed");
        }
    }

    CaseFilter filter() {
        return new CaseFilter(caseId, agentId, bucket, product, caseId != null ? null : status, unassigned, escalated);
    }

    /** Bar chart: open cases (left axis) and balance (right axis) per agent. */
    public String getLoadChart() {
        var labels = Json.createArrayBuilder();
        var open = Json.createArrayBuilder();
        var balance = Json.createArrayBuilder();
        agents.forEach(agent -> {
            labels.add(agent.name());
            open.add(agent.openCases());
            balance.add(agent.balance());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.text("assign.chart.openCases"))
                                                        .add("data", open)
                                                        .add("backgroundColor", "#2563eb")
                                                        .add("yAxisID", "y"))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", messages.text("assign.chart.balance"))
                                                        .add("data", balance)
                                                        .add("backgroundColor", "#f59e0b")
                                                        .add("yAxisID", "y1"))))
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
                                                                .add("position", "right")
                                                                .add(
                                                                        "grid",
                                                                        Json.createObjectBuilder()
                                                                                .add("drawOnChartArea", false)))))
                .build()
                .toString();
    }

    public BigDecimal getTotalBalance() {
        return agents.stream().map(AgentLoad::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<AgingBucket> getBuckets() {
        return Arrays.stream(AgingBucket.values())
                .filter(AgingBucket::isDelinquent)
                .toList();
    }

    public List<Product> getProducts() {
        return List.of(Product.values());
    }

    public List<AgentLoad> getActiveAgents() {
        return agents.stream().filter(AgentLoad::active).toList();
    }

    public LazyDataModel<TeamCaseRow> getCases() {
        return cases;
    }

    public List<AgentLoad> getAgents() {
        return agents;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public void setAgentId(Long agentId) {
        this.agentId = agentId;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isUnassigned() {
        return unassigned;
    }

    public void setUnassigned(boolean unassigned) {
        this.unassigned = unassigned;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public void setEscalated(boolean escalated) {
        this.escalated = escalated;
    }

    public List<TeamCaseRow> getSelected() {
        return selected;
    }

    public void setSelected(List<TeamCaseRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Long getTargetAgentId() {
        return targetAgentId;
    }

    public void setTargetAgentId(Long targetAgentId) {
        this.targetAgentId = targetAgentId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Each call asks the boundary for one page or the count; nothing is kept between pages. */
    static final class Cases extends LazyDataModel<TeamCaseRow> {

        private static final long serialVersionUID = 1L;

        private final CasesPage page;

        Cases(CasesPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(page.assignments.count(page.filter()));
        }

        @Override
        public List<TeamCaseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return page.assignments.page(page.filter(), first, pageSize);
        }

        @Override
        public String getRowKey(TeamCaseRow row) {
            return String.valueOf(row.caseId());
        }

        @Override
        public TeamCaseRow getRowData(String rowKey) {
            // Selected rows must come back from their keys, also from an earlier page.
            var wanted = Long.parseLong(rowKey);
            var current = getWrappedData();
            if (current != null) {
                for (var row : current) {
                    if (row.caseId() == wanted) {
                        return row;
                    }
                }
            }
            return page.selected.stream()
                    .filter(row -> row.caseId() == wanted)
                    .findFirst()
                    .orElse(new TeamCaseRow(wanted, null, null, null, null, null, null, false, null));
        }
    }
}

package com.acuerdo.casework.web;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.boundary.Worklist;
import com.acuerdo.casework.boundary.WorklistFilter;
import com.acuerdo.casework.boundary.WorklistRow;
import com.acuerdo.casework.boundary.WorklistScope;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.strategy.entity.Objective;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The agent's home: their open cases (a supervisor's: the team's), filtered and paged in the database. */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklist worklist;

    @Inject
    Messages messages;

    private WorklistScope scope;
    private Cases cases;

    private AgingBucket bucket;
    private Objective objective;
    private boolean promiseDueToday;
    private boolean callbackDue;
    private boolean withinHours;

    public void load() {
        scope = worklist.scope();
        cases = new Cases(worklist);
    }

    /** The table asks again with the new filter (the paginator goes back to the first page in the view). */
    public void applyFilter() {
        cases.filter = filter();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("wl:cases") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clearFilter() {
        bucket = null;
        objective = null;
        promiseDueToday = false;
        callbackDue = false;
        withinHours = false;
        applyFilter();
    }

    /** Opens the top case the guard lets the agent call now, or says that none may be called now. */
    public String nextCase() {
        var next = worklist.nextCase(filter());
        if (next.isEmpty()) {
            messages.info("worklist.filter.next.none");
            return null;
        }
        return "/agent/case?faces-redirect=true&id=" + next.get();
    }

    private WorklistFilter filter() {
        return new WorklistFilter(bucket, objective, promiseDueToday, callbackDue, withinHours);
    }

    public WorklistScope getScope() {
        return scope;
    }

    public LazyDataModel<WorklistRow> getCases() {
        return cases;
    }

    public List<AgingBucket> getBuckets() {
        return List.of(AgingBucket.values());
    }

    public List<Objective> getObjectives() {
        return List.of(Objective.values());
    }

    public AgingBucket getBucket() {
        return bucket;
    }

    public void setBucket(AgingBucket bucket) {
        this.bucket = bucket;
    }

    public Objective getObjective() {
        return objective;
    }

    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    public boolean isPromiseDueToday() {
        return promiseDueToday;
    }

    public void setPromiseDueToday(boolean promiseDueToday) {
        this.promiseDueToday = promiseDueToday;
    }

    public boolean isCallbackDue() {
        return callbackDue;
    }

    public void setCallbackDue(boolean callbackDue) {
        this.callbackDue = callbackDue;
    }

    public boolean isWithinHours() {
        return withinHours;
    }

    public void setWithinHours(boolean withinHours) {
        this.withinHours = withinHours;
    }

    /** Each call of the table asks the boundary for one page or the count; nothing is kept between pages. */
    static final class Cases extends LazyDataModel<WorklistRow> {

        private static final long serialVersionUID = 1L;

        private final Worklist worklist;
        private WorklistFilter filter = WorklistFilter.NONE;

        Cases(Worklist worklist) {
            this.worklist = worklist;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(worklist.count(filter));
        }

        @Override
        public List<WorklistRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return worklist.page(first, pageSize, filter);
        }

        @Override
        public String getRowKey(WorklistRow row) {
            return String.valueOf(row.caseId());
        }
    }
}

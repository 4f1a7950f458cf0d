package com.acuerdo.casework.web;

import com.acuerdo.casework.boundary.Worklist;
import com.acuerdo.casework.boundary.WorklistRow;
import com.acuerdo.casework.boundary.WorklistScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The agent's home: their open cases (a supervisor's: the team's), paged in the database. */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklist worklist;

    private WorklistScope scope;
    private Cases cases;

    public void load() {
        scope = worklist.scope();
        cases = new Cases(worklist);
    }

    public WorklistScope getScope() {
        return scope;
    }

    public LazyDataModel<WorklistRow> getCases() {
        return cases;
    }

    /** Each call of the table asks the boundary for one page or the count; nothing is kept between pages. */
    static final class Cases extends LazyDataModel<WorklistRow> {

        private static final long serialVersionUID = 1L;

        private final Worklist worklist;

        Cases(Worklist worklist) {
            this.worklist = worklist;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(worklist.count());
        }

        @Override
        public List<WorklistRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return worklist.page(first, pageSize);
        }

        @Override
        public String getRowKey(WorklistRow row) {
            return String.valueOf(row.caseId());
        }
    }
}

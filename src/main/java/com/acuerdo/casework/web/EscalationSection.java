package com.acuerdo.casework.web;

import com.acuerdo.casework.boundary.EscalatedCase;
import com.acuerdo.casework.boundary.EscalationList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The escalation list section of the supervisor's team page. */
@Named
@ViewScoped
public class EscalationSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EscalationList list;

    private List<EscalatedCase> cases;

    public List<EscalatedCase> getCases() {
        if (cases == null) {
            cases = list.forCaller();
        }
        return cases;
    }
}

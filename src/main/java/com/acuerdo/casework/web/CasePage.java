package com.acuerdo.casework.web;

import com.acuerdo.casework.boundary.CaseFiles;
import com.acuerdo.casework.boundary.CaseView;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** The case page ({@code /agent/case.xhtml?id=…}): read once when it opens; 404 unknown, 403 not yours. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseFiles caseFiles;

    private Long id;
    private CaseView view;

    public void load() throws IOException {
        if (id == null) {
            sendError(404);
            return;
        }
        try {
            var found = caseFiles.open(id);
            if (found.isEmpty()) {
                sendError(404);
                return;
            }
            view = found.get();
        } catch (Forbidden refused) {
            // Audited by the boundary; a real 403 status, and the 403 page.
            sendError(403);
        }
    }

    /** Reads the case again after a change made on this page without leaving it (a message sent). */
    public void reload() {
        if (view != null) {
            caseFiles.open(view.caseId()).ifPresent(fresh -> view = fresh);
        }
    }

    private static void sendError(int status) throws IOException {
        var faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, null);
        faces.responseComplete();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getView() {
        return view;
    }
}

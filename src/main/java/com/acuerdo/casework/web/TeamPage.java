package com.acuerdo.casework.web;

import com.acuerdo.casework.boundary.TeamOverview;
import com.acuerdo.casework.boundary.TeamSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisor's home: their teams' open portfolio by agent and by bucket. */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamOverview overview;

    private List<TeamSummary> teams = List.of();

    public void load() {
        teams = overview.teams();
    }

    public List<TeamSummary> getTeams() {
        return teams;
    }
}

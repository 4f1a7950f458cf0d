package com.acuerdo.casework.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Whose cases the caller's worklist shows, for the page's heading and its honest empty state.
 *
 * @param worksCases the caller has an agent record
 * @param teamNames the teams whose cases are included (a supervisor's view)
 */
public record WorklistScope(boolean worksCases, List<String> teamNames) implements Serializable {

    public boolean isEmpty() {
        return !worksCases && teamNames.isEmpty();
    }

    public String teamList() {
        return String.join(", ", teamNames);
    }

    public boolean isTeamView() {
        return !teamNames.isEmpty();
    }
}

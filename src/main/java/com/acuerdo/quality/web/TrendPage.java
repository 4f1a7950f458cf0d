package com.acuerdo.quality.web;

import com.acuerdo.quality.boundary.AgentTrend;
import com.acuerdo.quality.boundary.Coaching;
import com.acuerdo.quality.control.QualityTrend;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * An agent's quality trend ({@code /supervisor/trend.xhtml?agent=…}): score per week and per section,
 * reviews and critical fails, and whether scores improved after each coaching action. The charts are
 * Chart.js configurations rendered by PrimeFaces' chart component.
 */
@Named
@RequestScoped
public class TrendPage {

    private static final String[] COLOURS = {"#0f7b6c", "#173d66", "#e0a100", "#7a4fb3", "#b42318", "#2f80ed"};

    @Inject
    Coaching coaching;

    private Long agent;
    private AgentTrend trend;

    public void load() throws IOException {
        if (agent == null) {
            agent = coaching.ownAgentId().orElse(null);
        }
        if (agent == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            trend = coaching.trend(agent);
        } catch (Forbidden refused) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Line chart: the mean total and each section's mean, week by week. */
    public String getScoreChart() {
        var weeks = trend.weeks();
        var datasets = Json.createArrayBuilder();
        datasets.add(line(
                totalLabel(), weeks.stream().map(QualityTrend.Week::meanTotal).toList(), 0, 3));
        var sections = new TreeSet<String>();
        weeks.forEach(week -> sections.addAll(week.meanSections().keySet()));
        int colour = 1;
        for (var section : sections) {
            datasets.add(line(
                    sectionLabel(section),
                    weeks.stream().map(week -> week.meanSections().get(section)).toList(),
                    colour++,
                    1));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels()).add("datasets", datasets))
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
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    /** Bar chart: reviews and critical fails per week. */
    public String getVolumeChart() {
        var weeks = trend.weeks();
        var reviews = Json.createArrayBuilder();
        var fails = Json.createArrayBuilder();
        weeks.forEach(week -> {
            reviews.add(week.reviews());
            fails.add(week.criticalFails());
        });
        var english = isEnglish();
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels())
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(bar(english ? "Reviews" : "Evaluaciones", reviews, COLOURS[1]))
                                                .add(bar(
                                                        english ? "Critical fails" : "Fallas críticas",
                                                        fails,
                                                        COLOURS[4]))))
                .add("options", Json.createObjectBuilder().add("animation", false))
                .build()
                .toString();
    }

    private JsonArrayBuilder labels() {
        var labels = Json.createArrayBuilder();
        trend.weeks().forEach(week -> labels.add(week.monday().toString()));
        return labels;
    }

    private static jakarta.json.JsonObjectBuilder line(String label, List<BigDecimal> values, int colour, int width) {
        var data = Json.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        });
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", COLOURS[colour % COLOURS.length])
                .add("borderWidth", width)
                .add("fill", false)
                .add("spanGaps", true);
    }

    private static jakarta.json.JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private String totalLabel() {
        return isEnglish() ? "Total score" : "Puntaje total";
    }

    /** Sections are stored as "es / en". */
    private String sectionLabel(String section) {
        var parts = section.split(" / ", 2);
        return isEnglish() && parts.length == 2 ? parts[1] : parts[0];
    }

    private static boolean isEnglish() {
        var root = FacesContext.getCurrentInstance().getViewRoot();
        return root != null && root.getLocale().getLanguage().equals("en");
    }

    public Long getAgent() {
        return agent;
    }

    public void setAgent(Long agent) {
        this.agent = agent;
    }

    public AgentTrend getTrend() {
        return trend;
    }
}

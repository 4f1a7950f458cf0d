package com.acuerdo.operations.web;

import com.acuerdo.operations.boundary.ExecutionView;
import jakarta.json.Json;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** The Chart.js configuration of the nightly runs: duration (bars) and rows read (line), oldest first. */
final class NightlyChart {

    private NightlyChart() {}

    static String of(List<ExecutionView> runs, ZoneId zone, String durationLabel, String volumeLabel) {
        var ordered = runs.stream()
                .filter(r -> r.start() != null)
                .sorted(Comparator.comparing(ExecutionView::start))
                .toList();
        var labels = Json.createArrayBuilder();
        var durations = Json.createArrayBuilder();
        var volumes = Json.createArrayBuilder();
        for (var run : ordered) {
            labels.add(run.start().atZone(zone).toLocalDate().toString());
            durations.add(
                    run.end() == null
                            ? 0
                            : Duration.between(run.start(), run.end()).toSeconds());
            volumes.add(run.read());
        }
        var data = Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "bar")
                                        .add("label", durationLabel)
                                        .add("data", durations)
                                        .add("yAxisID", "y")
                                        .add("backgroundColor", "rgba(37, 99, 235, 0.6)"))
                                .add(Json.createObjectBuilder()
                                        .add("type", "line")
                                        .add("label", volumeLabel)
                                        .add("data", volumes)
                                        .add("yAxisID", "y1")
                                        .add("borderColor", "rgb(234, 88, 12)")));
        var options = Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("position", "left")
                                                .add("beginAtZero", true))
                                .add(
                                        "y1",
                                        Json.createObjectBuilder()
                                                .add("position", "right")
                                                .add("beginAtZero", true)
                                                .add(
                                                        "grid",
                                                        Json.createObjectBuilder()
                                                                .add("drawOnChartArea", false))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add("options", options)
                .build()
                .toString();
    }
}

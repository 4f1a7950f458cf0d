package com.acuerdo.quality;

import static com.acuerdo.testing.Forms.text;
import static com.acuerdo.testing.Forms.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Browser;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Forms;
import com.acuerdo.testing.Http;
import com.acuerdo.testing.Portfolio;
import java.net.URL;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review cycle through the real pages: QA scores a queued call (pre-scored from the contact log,
 * the total live) with a critical fail; the agent sees it and disputes; a supervisor of another team
 * can neither see nor decide it; the team's supervisor upholds the dispute and re-scores; the agent
 * sees both, the old one as history, and acknowledges the new one. Also the weekly sampling.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReviewsIT {

    private static final String ADMIN = "admin:Demo.2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.acuerdo().addClasses(QualityFixtures.class, Portfolio.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void qa_fails_a_call_critically_the_agent_disputes_and_the_supervisor_upholds_and_re_scores() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 2600));

            // QA: the queued call, pre-scored from the log.
            logIn(driver, s.getProperty("qa"), s.getProperty("password"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Cola de calidad");
            queueRow(driver, s.getProperty("client"))
                    .findElement(By.cssSelector(".ac-qa-start"))
                    .click();
            new WebDriverWait(driver, Forms.WAIT).until(d -> d.getCurrentUrl().contains("/qa/review.xhtml"));
            var reviewUrl = driver.getCurrentUrl();
            assertThat(text(driver, By.id("contact"))).contains(s.getProperty("client"), s.getProperty("agentName"));
            assertThat(driver.findElement(By.cssSelector("#contact audio")).getAttribute("src"))
                    .isEqualTo(s.getProperty("recording"));
            assertThat(text(driver, By.id("criterion-ASKED_REASON")))
                    .containsIgnoringCase("Pre-llenado por el sistema: se registró el motivo de mora");
            assertThat(chosen(driver, "ASKED_REASON")).isEqualTo("Cumple");
            // Two of the four mandatory points were ticked: the system says "not met".
            assertThat(chosen(driver, "INFORMED_OPTIONS")).isEqualTo("No cumple");
            assertThat(chosen(driver, "WITHIN_PERMITTED_HOURS")).isEqualTo("Cumple");
            assertThat(chosen(driver, "GREETING")).isEmpty();

            // Submitting with criteria unanswered names them and keeps the answers.
            driver.findElement(By.id("review:submit")).click();
            assertThat(waitForText(driver, By.id("messages"), "Falta responder"))
                    .contains("Saludó de forma formal y cortés.");

            answerEveryOpenCriterion(driver);
            assertThat(liveTotal(driver, "92.00 %")).isEqualTo("92.00 %");
            pick(driver, "NO_THREAT", "No cumple");
            assertThat(liveTotal(driver, "0.00 %")).isEqualTo("0.00 %");
            assertThat(text(driver, By.id("review:total"))).contains("Un criterio crítico falló");
            browser.screenshot("quality-review-critical");

            // A failed criterion that needs a comment: refused until written.
            driver.findElement(By.id("review:submit")).click();
            assertThat(waitForText(driver, By.id("messages"), "Falta el comentario"))
                    .contains("No amenazó al cliente.");
            driver.findElement(By.cssSelector("#criterion-NO_THREAT input[type=text]"))
                    .sendKeys("Dijo que lo denunciaría penalmente.");
            Browser.clickAndWaitForPage(driver, By.id("review:submit"));
            assertThat(text(driver, By.id("messages")))
                    .contains("Evaluación enviada al asesor: 0.00 % (falla crítica)");
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Cola de calidad");
            assertThat(text(driver, By.id("qa"))).doesNotContain(s.getProperty("client"));
            logOut(driver);

            // The agent sees it and disputes, first without a reason.
            logIn(driver, s.getProperty("agent"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("#menu a[href*='reviews']"));
            var card = reviewCard(driver, "0.00 %");
            assertThat(card.getText())
                    .contains("Por revisar", s.getProperty("client"))
                    .containsIgnoringCase("Falla crítica");
            card.findElement(By.cssSelector(".ac-qa-dispute")).click();
            waitForText(driver, By.id("messages"), "Escribe el motivo de la disputa");
            reviewCard(driver, "0.00 %")
                    .findElement(By.cssSelector(".ac-qa-reason"))
                    .sendKeys("Expliqué el proceso legal con respeto; no amenacé.");
            reviewCard(driver, "0.00 %")
                    .findElement(By.cssSelector(".ac-qa-dispute"))
                    .click();
            waitForText(driver, By.id("messages"), "Disputa enviada a tu supervisor");
            assertThat(reviewCard(driver, "0.00 %").getText()).contains("En disputa", "no amenacé");
            browser.screenshot("quality-agent-disputed");
            logOut(driver);

            // A supervisor of another team: not theirs to see or decide.
            logIn(driver, s.getProperty("otherSupervisor"), s.getProperty("password"));
            driver.get(url("/supervisor/disputes.xhtml"));
            assertThat(text(driver, By.id("disputeForm"))).doesNotContain(s.getProperty("client"));
            driver.get(reviewUrl);
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Acceso no permitido");
            driver.get(url("/supervisor/disputes.xhtml"));
            logOut(driver);

            // The team's supervisor upholds and re-scores.
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("#menu a[href*='disputes']"));
            var dispute = reviewCard(driver, s.getProperty("client"));
            assertThat(dispute.getText()).contains("El asesor dice:", "no amenacé");
            dispute.findElement(By.cssSelector(".ac-qa-reason")).sendKeys("La grabación confirma que no hubo amenaza.");
            Browser.clickAndWaitForPage(driver, By.cssSelector(".ac-qa-uphold"));
            assertThat(text(driver, By.id("messages"))).contains("Disputa aceptada: corrige la evaluación");
            assertThat(text(driver, By.id("revision"))).contains("queda en el historial");
            assertThat(chosen(driver, "NO_THREAT")).isEqualTo("No cumple");
            pick(driver, "NO_THREAT", "Cumple");
            assertThat(liveTotal(driver, "92.00 %")).isEqualTo("92.00 %");
            Browser.clickAndWaitForPage(driver, By.id("review:submit"));
            assertThat(text(driver, By.id("messages"))).contains("Evaluación enviada al asesor: 92.00 %");
            logOut(driver);

            // The agent: the re-score to answer, the disputed one kept with the decision.
            logIn(driver, s.getProperty("agent"), s.getProperty("password"));
            driver.get(url("/agent/reviews.xhtml"));
            assertThat(reviewCard(driver, "0.00 %").getText())
                    .contains("Disputa aceptada", "La grabación confirma que no hubo amenaza.");
            var rescored = reviewCard(driver, "92.00 %");
            assertThat(rescored.getText()).contains("Por revisar");
            rescored.findElement(By.cssSelector(".ac-qa-ack")).click();
            waitForText(driver, By.id("messages"), "Evaluación aceptada.");
            assertThat(reviewCard(driver, "92.00 %").getText()).contains("Aceptada");
            browser.screenshot("quality-agent-reviews");
            Browser.clickAndWaitForPage(driver, By.id("myTrend"));
            assertThat(text(driver, By.id("facts"))).contains("1\nevaluaciones");
            logOut(driver);

            // The trend counts the re-score, not the review whose dispute was upheld.
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("#menu a[href*='supervisor/reviews']"));
            assertThat(text(driver, By.id("teamReviews")))
                    .contains(s.getProperty("client"), "92.00 %", "Aceptada", "0.00 %", "Disputa aceptada");
            Browser.clickAndWaitForPage(driver, By.cssSelector(".ac-qa-trend-link"));
            assertThat(text(driver, By.id("pageTitle"))).contains(s.getProperty("agentName"));
            assertThat(text(driver, By.id("facts"))).contains("1\nevaluaciones", "0\nfallas críticas");
            assertThat(driver.findElements(By.cssSelector("#scoreChart canvas, [id$='scoreChart'] canvas")))
                    .isNotEmpty();
            browser.screenshot("quality-trend");
        }
    }

    @Test
    void sampling_takes_n_calls_per_agent_across_outcomes_and_never_the_same_call_twice() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        var agent = s.getProperty("sampledAgent");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("qa"), s.getProperty("password"));
            driver.findElement(By.id("qa:sample")).click();
            waitForText(driver, By.id("messages"), "llamadas agregadas a la cola");

            var samples = get("/api/v1/test-fixtures/quality/samples?agent=" + agent);
            assertThat(samples.getProperty("count")).isEqualTo("5");
            // Eight calls, four of them unanswered: every outcome is in the sample, not only the easy ones.
            assertThat(samples.getProperty("outcomes").split(","))
                    .contains("NO_ANSWER", "RIGHT_PARTY", "REFUSED", "THIRD_PARTY");

            driver.findElement(By.id("qa:sample")).click();
            waitForText(driver, By.id("messages"), "llamadas agregadas a la cola");
            assertThat(get("/api/v1/test-fixtures/quality/samples?agent=" + agent))
                    .containsEntry("count", "5");
        }
    }

    @Test
    void a_supervisor_sends_a_contact_of_the_case_timeline_to_the_qa_queue_once() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(url("/agent/case.xhtml?id=" + s.getProperty("sampleCase")));
            var buttons = driver.findElements(By.cssSelector("#contacts .ac-to-qa"));
            assertThat(buttons).hasSize(8);
            buttons.get(0).click();
            waitForText(driver, By.id("messages"), "Gestión agregada a la cola de calidad.");
            assertThat(get("/api/v1/test-fixtures/quality/samples?agent=" + s.getProperty("sampledAgent")))
                    .containsEntry("count", "1");

            driver.findElements(By.cssSelector("#contacts .ac-to-qa")).get(0).click();
            waitForText(driver, By.id("messages"), "ya está en la cola de calidad");
            assertThat(get("/api/v1/test-fixtures/quality/samples?agent=" + s.getProperty("sampledAgent")))
                    .containsEntry("count", "1");

            driver.get(url("/qa/queue.xhtml"));
            var row = queueRow(driver, s.getProperty("sampleClient"));
            assertThat(row.getText()).containsIgnoringCase("Agregada por el supervisor");

            // Reviewing it, the supervisor links the call's recording: only an http(s) address.
            row.findElement(By.cssSelector(".ac-qa-start")).click();
            new WebDriverWait(driver, Forms.WAIT)
                    .withMessage(() -> "the review form; the page says " + text(driver, By.id("messages")))
                    .until(d -> d.getCurrentUrl().contains("/qa/review.xhtml"));
            assertThat(driver.findElements(By.cssSelector("#contact audio"))).isEmpty();
            driver.findElement(By.id("recording:url")).sendKeys("ftp://grabaciones/llamada.mp3");
            driver.findElement(By.id("recording:attach")).click();
            waitForText(driver, By.id("messages"), "dirección http(s) válida");
            var address = driver.findElement(By.id("recording:url"));
            address.clear();
            address.sendKeys("https://grabaciones.example.test/llamada-1.mp3");
            driver.findElement(By.id("recording:attach")).click();
            waitForText(driver, By.id("messages"), "Grabación vinculada");
            assertThat(driver.findElement(By.cssSelector("#contact audio")).getAttribute("src"))
                    .isEqualTo("https://grabaciones.example.test/llamada-1.mp3");
        }
    }

    @Test
    void a_supervisor_sets_a_coaching_action_the_agent_acknowledges_it_and_the_supervisor_closes_it() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 1600));
            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("#menu a[href*='coaching']"));
            assertThat(text(driver, By.id("pageTitle"))).isEqualTo("Coaching del equipo");

            // Without a goal: refused, nothing created.
            Forms.choose(driver, "newAction", "agent", s.getProperty("agentId"));
            Forms.choose(driver, "newAction", "focus", "NO_THREAT");
            driver.findElement(By.id("newAction:due_input")).sendKeys("31/12/2099");
            driver.findElement(By.id("pageTitle")).click();
            driver.findElement(By.id("newAction:create")).click();
            waitForText(driver, By.id("messages"), "Escribe la meta.");

            driver.findElement(By.id("newAction:goal")).sendKeys("Explicar el proceso legal sin sonar a amenaza");
            driver.findElement(By.id("newAction:create")).click();
            waitForText(driver, By.id("messages"), "Acción de coaching creada");
            var action = coachingCard(driver, "Explicar el proceso legal");
            assertThat(action.getText()).contains("No amenazó al cliente.", s.getProperty("agentName"), "Abierta");
            logOut(driver);

            logIn(driver, s.getProperty("agent"), s.getProperty("password"));
            driver.get(url("/agent/reviews.xhtml"));
            assertThat(text(driver, By.id("coachingForm")))
                    .contains("Mi plan de coaching", "Explicar el proceso legal");
            driver.findElement(By.cssSelector(".ac-qa-ack-coaching")).click();
            waitForText(driver, By.id("messages"), "Acción de coaching aceptada.");
            assertThat(coachingCard(driver, "Explicar el proceso legal").getText())
                    .contains("En curso");
            logOut(driver);

            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(url("/supervisor/coaching.xhtml"));
            coachingCard(driver, "Explicar el proceso legal")
                    .findElement(By.cssSelector(".ac-qa-reason"))
                    .sendKeys("Escuchamos dos llamadas juntos.");
            coachingCard(driver, "Explicar el proceso legal")
                    .findElement(By.cssSelector(".ac-qa-follow"))
                    .click();
            waitForText(driver, By.id("messages"), "Seguimiento anotado.");
            assertThat(coachingCard(driver, "Explicar el proceso legal").getText())
                    .contains("Escuchamos dos llamadas juntos.");

            // Closing needs the outcome.
            coachingCard(driver, "Explicar el proceso legal")
                    .findElement(By.cssSelector(".ac-qa-close"))
                    .click();
            waitForText(driver, By.id("messages"), "Elige el resultado");
            var outcome = coachingCard(driver, "Explicar el proceso legal")
                    .findElement(By.cssSelector(".ac-qa-outcome"))
                    .getAttribute("id");
            ((JavascriptExecutor) driver)
                    .executeScript("PF(arguments[0]).selectValue('IMPROVED');", "widget_" + outcome.replace(':', '_'));
            coachingCard(driver, "Explicar el proceso legal")
                    .findElement(By.cssSelector(".ac-qa-close"))
                    .click();
            waitForText(driver, By.id("messages"), "Acción cerrada.");
            assertThat(coachingCard(driver, "Explicar el proceso legal").getText())
                    .contains("Cerrada")
                    .containsIgnoringCase("Mejoró");
            browser.screenshot("quality-coaching");

            Browser.clickAndWaitForPage(driver, By.cssSelector(".ac-qa-trend-link"));
            assertThat(text(driver, By.id("facts")))
                    .contains("0\nacciones de coaching abiertas", "1\nacciones de coaching cerradas");
            assertThat(text(driver, By.id("effects"))).contains("Explicar el proceso legal", "Sin datos suficientes");
        }
    }

    private static WebElement coachingCard(WebDriver driver, String containing) {
        return new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "a coaching action showing «" + containing + "»")
                .until(d -> d.findElements(By.cssSelector(".ac-qa-coaching")).stream()
                        .filter(card -> card.getText().contains(containing))
                        .findFirst()
                        .orElse(null));
    }

    @Test
    void a_calibration_with_three_reviewers_is_blind_until_the_last_score_then_shows_the_spread() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 2600));
            logIn(driver, s.getProperty("qa"), s.getProperty("password"));
            driver.get(url("/qa/calibration.xhtml?contact=" + s.getProperty("contact")));
            for (var name : new String[] {"qa2Name", "qa3Name", "supervisorName"}) {
                driver.findElement(By.xpath("//label[text()='" + s.getProperty(name) + "']"))
                        .click();
            }
            Browser.clickAndWaitForPage(driver, By.id("open:start"));
            assertThat(text(driver, By.id("messages"))).contains("Sesión de calibración abierta");
            assertThat(text(driver, By.id("progress"))).contains("0 de 4");
            var sessionUrl = driver.getCurrentUrl();

            // The lead scores as the expert: everything met.
            scoreBlind(driver, null);
            assertThat(text(driver, By.id("progress"))).contains("1 de 4");
            logOut(driver);

            // Each reviewer scores blind: the expert's score stays hidden until the last one is in.
            logIn(driver, s.getProperty("qa2"), s.getProperty("password"));
            driver.get(sessionUrl);
            assertThat(text(driver, By.id("scorers")))
                    .contains("Oculto hasta el final")
                    .doesNotContain("100.00");
            scoreBlind(driver, "GREETING");
            logOut(driver);

            logIn(driver, s.getProperty("qa3"), s.getProperty("password"));
            driver.get(sessionUrl);
            scoreBlind(driver, "NO_THREAT");
            assertThat(text(driver, By.id("progress"))).contains("3 de 4");
            logOut(driver);

            logIn(driver, s.getProperty("supervisor"), s.getProperty("password"));
            driver.get(sessionUrl);
            scoreBlind(driver, null);

            // Revealed: the scores side by side, the spread, the distance from the expert, the agreement.
            assertThat(text(driver, By.id("spread"))).isEqualTo("100.00");
            var scorers = text(driver, By.id("scorers"));
            assertThat(scorers)
                    .contains(s.getProperty("qa2Name"), "94.00", "-6.00")
                    .contains(s.getProperty("qa3Name"), "0.00", "-100.00")
                    .contains("Distancia media al experto: 35.33 puntos.");
            assertThat(text(driver, By.id("agreement")))
                    .contains("No amenazó al cliente.", "67 %", "Cumple · No cumple · Cumple")
                    .contains("Saludó de forma formal y cortés.");
            browser.screenshot("quality-calibration-revealed");

            driver.get(url("/qa/calibration.xhtml"));
            assertThat(text(driver, By.id("sessions")))
                    .contains(s.getProperty("client"), "Resultados visibles", "100.00");
        }
    }

    /** From the session page: the blind review, every criterion met but one (null: none), submitted. */
    private static void scoreBlind(WebDriver driver, String failed) {
        Browser.clickAndWaitForPage(driver, By.id("scoreIt"));
        if (failed != null) {
            pick(driver, failed, "No cumple");
            driver.findElement(By.cssSelector("#criterion-" + failed + " input[type=text]"))
                    .sendKeys("No se cumplió en la llamada.");
        }
        answerEveryOpenCriterion(driver);
        Browser.clickAndWaitForPage(driver, By.id("review:submit"));
        waitForText(driver, By.id("pageTitle"), "Calibración");
        assertThat(text(driver, By.id("messages"))).contains("Tu calificación a ciegas quedó registrada");
    }

    @Test
    void qa_designs_a_scorecard_publishes_it_and_a_new_version_retires_the_old_one() throws Exception {
        var s = post("/api/v1/test-fixtures/quality");
        var name = "Ficha prueba " + s.getProperty("agentId");
        try (var browser = Browser.open()) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 2200));
            logIn(driver, s.getProperty("qa"), s.getProperty("password"));
            Browser.clickAndWaitForPage(driver, By.cssSelector("#menu a[href*='scorecards']"));
            driver.findElement(By.id("designer:newName")).sendKeys(name);
            driver.findElement(By.id("designer:create")).click();
            waitForText(driver, By.id("card"), name + " v1");
            assertThat(text(driver, By.id("card"))).contains("Borrador");

            driver.findElement(By.id("designer:sectionEs")).sendKeys("Apertura");
            driver.findElement(By.id("designer:sectionEn")).sendKeys("Opening");
            driver.findElement(By.id("designer:addSection")).click();
            waitForText(driver, By.id("messages"), "Sección agregada.");

            // A critical criterion on a scale is refused with the reason.
            fillCriterion(driver, "FIT", "Ajustó la oferta", "Fitted the offer", "8");
            Forms.choose(driver, "designer", "type", "SCALE");
            driver.findElement(By.cssSelector("[id='designer:critical'] .ui-chkbox-box"))
                    .click();
            driver.findElement(By.id("designer:saveCriterion")).click();
            waitForText(driver, By.id("messages"), "Un criterio crítico se responde con sí o no");

            driver.findElement(By.cssSelector("[id='designer:critical'] .ui-chkbox-box"))
                    .click();
            Forms.choose(driver, "designer", "type", "YES_NO_NA");
            driver.findElement(By.id("designer:saveCriterion")).click();
            waitForText(driver, By.id("messages"), "Criterio guardado.");
            fillCriterion(driver, "NO_THREAT", "No amenazó", "Made no threat", "4");
            driver.findElement(By.cssSelector("[id='designer:critical'] .ui-chkbox-box"))
                    .click();
            driver.findElement(By.id("designer:saveCriterion")).click();
            waitForText(driver, By.id("card"), "NO_THREAT");
            assertThat(text(driver, By.id("card"))).contains("Peso total de los criterios: 12", "CRÍTICO");

            driver.findElement(By.id("designer:publish")).click();
            waitForText(driver, By.id("messages"), "Versión publicada");
            assertThat(text(driver, By.id("card"))).contains("Publicada", "no se puede editar");
            assertThat(driver.findElements(By.cssSelector(".ac-qa-edit"))).isEmpty();

            // A new version starts as a copy; publishing it retires version 1.
            driver.findElement(By.id("designer:newVersion")).click();
            waitForText(driver, By.id("card"), name + " v2");
            driver.findElements(By.cssSelector("[data-code='FIT'] .ac-qa-edit"))
                    .get(0)
                    .click();
            waitForText(driver, By.id("criterionForm"), "Editar criterio");
            var weight = driver.findElement(By.id("designer:weight_input"));
            weight.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "20");
            driver.findElement(By.id("designer:saveCriterion")).click();
            waitForText(driver, By.id("card"), "Peso total de los criterios: 24");
            driver.findElement(By.id("designer:publish")).click();
            waitForText(driver, By.id("messages"), "Versión publicada");
            var versions = text(driver, By.id("designer:versions"));
            assertThat(versions).contains(name + " v2", name + " v1", "Retirada");
            browser.screenshot("quality-scorecards");
        }
    }

    private static void fillCriterion(WebDriver driver, String code, String es, String en, String weight) {
        var section = driver.findElement(By.cssSelector("[id='designer:section_input'] option:nth-child(2)"))
                .getAttribute("value");
        Forms.choose(driver, "designer", "section", section);
        for (var field : new String[][] {{"designer:code", code}, {"designer:textEs", es}, {"designer:textEn", en}}) {
            var input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        var input = driver.findElement(By.id("designer:weight_input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), weight);
    }

    // ---------------------------------------------------------------- helpers

    /** Answers "met" (or the top of a scale) wherever nothing is chosen yet, one ajax update at a time. */
    private static void answerEveryOpenCriterion(WebDriver driver) {
        var codes = driver.findElements(By.cssSelector(".ac-qa-criterion")).stream()
                .map(element -> element.getAttribute("id").substring("criterion-".length()))
                .toList();
        for (var code : codes) {
            if (!chosen(driver, code).isEmpty()) {
                continue;
            }
            var buttons = driver.findElements(By.cssSelector("#criterion-" + code + " .ui-button"));
            var label = buttons.size() == 3
                    ? "Cumple"
                    : buttons.get(buttons.size() - 1).getText();
            pick(driver, code, label);
        }
    }

    private static void pick(WebDriver driver, String code, String label) {
        new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElements(By.cssSelector("#criterion-" + code + " .ui-button")).stream()
                            .filter(button -> button.getText().equals(label))
                            .findFirst()
                            .orElseThrow()
                            .click();
                    return true;
                });
        new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> chosen(d, code).equals(label));
    }

    /** The label of the chosen answer of a criterion; empty when none. */
    private static String chosen(WebDriver driver, String code) {
        return driver.findElements(By.cssSelector("#criterion-" + code + " .ui-button.ui-state-active")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private static String liveTotal(WebDriver driver, String expected) {
        return waitForText(driver, By.id("liveTotal"), expected).strip();
    }

    /** The queue may be long (the whole department's sample): filtered by the client's name first. */
    /** The queue may be long (the whole department's sample): filtered by the client's name first. */
    private static WebElement queueRow(WebDriver driver, String client) {
        var filter = driver.findElement(By.cssSelector("[id='qa:queue:client:filter']"));
        filter.clear();
        filter.sendKeys(client);
        // The filter re-renders the table by ajax: wait until only the client's rows are left.
        return new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var rows = d.findElements(By.cssSelector("[id='qa:queue_data'] > tr"));
                    return !rows.isEmpty()
                                    && rows.stream()
                                            .allMatch(row -> row.getText().contains(client))
                            ? rows.get(0)
                            : null;
                });
    }

    private static WebElement reviewCard(WebDriver driver, String containing) {
        return new WebDriverWait(driver, Forms.WAIT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "a review showing «" + containing + "»")
                .until(d -> d.findElements(By.cssSelector(".ac-qa-review")).stream()
                        .filter(card -> card.getText().contains(containing))
                        .findFirst()
                        .orElse(null));
    }

    private void logIn(WebDriver driver, String username, String password) {
        Browser.logInAndWaitForPage(driver, url("/login.xhtml"), username, password);
    }

    private static void logOut(WebDriver driver) {
        Browser.clickAndWaitForPage(driver, By.id("logout:logoutButton"));
    }

    private String url(String path) {
        return Http.url(base, path);
    }

    private Properties post(String path) throws Exception {
        return call("POST", path);
    }

    private Properties get(String path) throws Exception {
        return call("GET", path);
    }

    private Properties call(String method, String path) throws Exception {
        return Http.facts(Http.call(method, url(path), ADMIN, Http.TEXT));
    }
}

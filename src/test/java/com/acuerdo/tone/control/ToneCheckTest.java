package com.acuerdo.tone.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.tone.entity.ToneCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToneCheckTest {

    private static final ToneCheck DEFAULTS = ToneCheck.of(DefaultToneExpressions.rules());

    private static List<String> expressionsIn(String text) {
        return DEFAULTS.hits(text).stream().map(ToneHit::expression).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Si no paga, irá a la cárcel.                          | cárcel",
                "SI NO PAGA IRÁ A LA CARCEL                             | cárcel",
                "irá a la c4rc3l                                        | cárcel",
                "las cárceles están llenas de gente como usted          | cárcel",
                "Ya existe una orden   de    captura en su contra       | orden de captura",
                "orden... de... captura                                 | orden de captura",
                "Procederemos al EMBARGO INMEDIATO de sus bienes        | embargo inmediato",
                "Mañana publicaremos toda su deuda en internet          | publicaremos * deuda",
                "Vamos a publicar su foto                               | publicar * foto",
                "Avisaremos a su empleador de esta situación            | avisaremos * empleador",
                "Usted es una sinverguenza                              | sinvergüenza",
                "Es usted una mentirosa                                 | mentiroso",
                "son unos ladrones                                      | ladrón",
                "caaaarcel                                              | cárcel",
                "Usted ya fue demandado                                 | ya fue demandado",
                "Su demanda ya fue presentada ante el juez              | demanda * presentada",
                "You will go to jail                                    | jail",
                "You will go to J41L                                    | jail",
                "A lawsuit has been filed against you                   | lawsuit has been filed",
                "We will tell your employer about this debt             | tell your employer",
                "You are a DEADBEAT                                     | deadbeat",
                "We will publish your debt online                       | publish * debt",
                "Thieves like you                                       | thieves",
                "we know where you live                                 | we know where you live",
            })
    void finds_listed_expressions_whatever_their_spelling(String text, String expression) {
        assertThat(expressionsIn(text)).contains(expression);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "El juez ordenó excarcelar al detenido", // cárcel inside another word
                "Sin embargo, podemos ofrecerle un convenio de pago",
                "Le ofrecemos un plan para usted y su familia",
                "Su póliza de seguro sigue vigente",
                "La empresa le enviará el estado de cuenta",
                "Recuerde que su pago de 300 vence el 15 de marzo",
                "Your warranty covers this product",
                "Your account is in arrears; we can agree on a plan",
                "Please call us back at your convenience",
                "The insurance policy of your car is active",
                "Estimado cliente, le recordamos amablemente su pago",
            })
    void courteous_texts_and_near_misses_pass(String text) {
        assertThat(DEFAULTS.hits(text)).isEmpty();
    }

    @Test
    void a_negated_threat_is_still_found_because_it_still_intimidates() {
        assertThat(expressionsIn("No le vamos a demandar si paga hoy")).containsExactly("demandar");
    }

    @Test
    void hits_point_into_the_original_text_even_after_accents_and_leetspeak() {
        var text = "Señor Núñez: si no paga, irá a la CÁRC3L y avisaremos a su   empleador.";

        var hits = DEFAULTS.hits(text);

        assertThat(hits).extracting(ToneHit::found).containsExactly("CÁRC3L", "avisaremos a su   empleador");
        var jail = hits.get(0);
        assertThat(jail.start()).isEqualTo(text.indexOf("CÁRC3L"));
        assertThat(jail.end()).isEqualTo(text.indexOf("CÁRC3L") + "CÁRC3L".length());
        assertThat(jail.category()).isEqualTo(ToneCategory.THREAT);
        assertThat(jail.language()).isEqualTo(Language.ES);
        assertThat(text.substring(hits.get(1).start(), hits.get(1).end())).isEqualTo("avisaremos a su   empleador");
    }

    @Test
    void offsets_survive_characters_outside_the_basic_plane() {
        var text = "😀😀 jail";

        var hit = DEFAULTS.hits(text).get(0);

        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("jail");
    }

    @Test
    void every_occurrence_is_reported_in_text_order() {
        var hits = DEFAULTS.hits("cárcel, idiota, cárcel");

        assertThat(hits).extracting(ToneHit::expression).containsExactly("cárcel", "idiota", "cárcel");
        assertThat(hits).extracting(ToneHit::start).containsExactly(0, 8, 16);
    }

    @Test
    void a_gap_spans_at_most_two_words() {
        var check = ToneCheck.of(
                List.of(new ToneRule(Language.ES, "publicar * deuda", ToneCategory.THIRD_PARTY_DISCLOSURE)));

        assertThat(check.hits("publicar deuda")).hasSize(1);
        assertThat(check.hits("publicar toda su deuda")).hasSize(1);
        assertThat(check.hits("publicar un aviso sobre su deuda")).isEmpty();
    }

    @Test
    void english_threats_are_found_in_spanish_texts_too() {
        assertThat(expressionsIn("Estimado cliente: jail")).containsExactly("jail");
    }

    @Test
    void outbound_texts_with_a_hit_are_refused_with_every_expression() {
        assertThatThrownBy(() -> DEFAULTS.refuseOffending("Idiota, irá a la cárcel"))
                .isInstanceOfSatisfying(ToneRefused.class, refused -> {
                    assertThat(refused.expressions()).containsExactly("idiota", "cárcel");
                    assertThat(refused.getMessage())
                            .contains("'Idiota' (INSULT)")
                            .contains("'cárcel' (THREAT)");
                });
    }

    @Test
    void a_courteous_outbound_text_passes() {
        DEFAULTS.refuseOffending("Le recordamos que su cuota vence mañana. Estamos para ayudarle.");
    }

    @Test
    void notes_only_get_warnings() {
        assertThat(DEFAULTS.warnings("Cliente dijo que su jefe no le paga"))
                .extracting(ToneHit::expression)
                .containsExactly("su jefe");
    }

    @Test
    void empty_texts_have_no_hits() {
        assertThat(DEFAULTS.hits(null)).isEmpty();
        assertThat(DEFAULTS.hits("   ")).isEmpty();
    }
}

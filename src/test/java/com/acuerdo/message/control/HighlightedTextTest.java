package com.acuerdo.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.message.control.HighlightedText.Span;
import com.acuerdo.tone.control.DefaultToneExpressions;
import com.acuerdo.tone.control.ToneCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    @Test
    void marks_the_stretch_found_and_nothing_else() {
        var text = "Pague hoy o lo vamos a meter a la cárcel.";
        int start = text.indexOf("cárcel");

        assertThat(HighlightedText.html(text, List.of(new Span(start, start + 6))))
                .isEqualTo("Pague hoy o lo vamos a meter a la <mark>cárcel</mark>.");
    }

    @Test
    void escapes_markup_outside_and_inside_the_marks() {
        var text = "<script>alert('x')</script> & <b>idiota</b>";
        int start = text.indexOf("idiota") - 3;

        var html = HighlightedText.html(text, List.of(new Span(start, start + 9)));

        assertThat(html)
                .isEqualTo(
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>&lt;b&gt;idiota</mark>&lt;/b&gt;")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void overlapping_and_touching_stretches_are_marked_once() {
        assertThat(HighlightedText.html("abcdefgh", List.of(new Span(1, 4), new Span(3, 5), new Span(5, 6))))
                .isEqualTo("a<mark>bcdef</mark>gh");
    }

    @Test
    void stretches_outside_the_text_are_clipped_or_ignored() {
        assertThat(HighlightedText.html("abc", List.of(new Span(-2, 1), new Span(2, 99), new Span(7, 9))))
                .isEqualTo("<mark>a</mark>b<mark>c</mark>");
    }

    @Test
    void line_breaks_are_kept_as_breaks() {
        assertThat(HighlightedText.html("uno\r\ndos\ntres", List.of())).isEqualTo("uno<br/>dos<br/>tres");
    }

    @Test
    void the_hits_of_the_real_tone_check_mark_the_threat_in_the_agents_text() {
        var text =
                "Hola Ana, le recordamos su saldo. Si no paga lo vamos a meter a la CARCEL y avisaremos a su familia.";
        var hits = ToneCheck.of(DefaultToneExpressions.rules()).hits(text);

        var html = HighlightedText.html(
                text, hits.stream().map(hit -> new Span(hit.start(), hit.end())).toList());

        assertThat(html).contains("<mark>CARCEL</mark>", "<mark>avisaremos a su familia</mark>");
        assertThat(html).startsWith("Hola Ana, le recordamos su saldo.");
    }
}

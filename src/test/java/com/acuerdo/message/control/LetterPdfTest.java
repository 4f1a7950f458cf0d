package com.acuerdo.message.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    @Test
    void writes_a_pdf_document_with_spanish_text() {
        var pdf = LetterPdf.render(new LetterPdf.Letter(
                "Banco Acuerdo",
                "10 de marzo de 2026",
                "Ana Gómez Núñez",
                "Copia de su estado de cuenta",
                "Estimado(a) Ana:\n\n¿Tiene dudas? Con gusto le atendemos.\n\nAtentamente,\nBeto",
                "Banco Acuerdo · C-1 · 7"));

        var head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        var tail = new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1);
        assertThat(head).isEqualTo("%PDF-");
        assertThat(tail).contains("%%EOF");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("Copia de su estado de cuenta");
    }
}

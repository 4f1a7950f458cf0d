package com.acuerdo.message.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * A printable letter (A4 PDF) from an already rendered and checked text. Helvetica's standard
 * encoding covers Spanish (á, ñ, ¿, ¡); nothing is embedded, so letters stay small.
 */
public final class LetterPdf {

    /**
     * @param letterhead the bank's name, at the top
     * @param dateLine the place and date as the client reads them
     * @param reference the case reference, in the footer line under the text
     */
    public record Letter(
            String letterhead, String dateLine, String recipient, String subject, String body, String reference) {
        public Letter {
            Objects.requireNonNull(letterhead, "letterhead");
            Objects.requireNonNull(body, "body");
        }
    }

    private static final Font HEAD = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private LetterPdf() {}

    public static byte[] render(Letter letter) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(letter.subject() == null ? letter.letterhead() : letter.subject());
            document.addCreator(letter.letterhead());
            document.open();
            document.add(new Paragraph(letter.letterhead(), HEAD));
            if (letter.dateLine() != null) {
                var date = new Paragraph(letter.dateLine(), TEXT);
                date.setAlignment(Element.ALIGN_RIGHT);
                date.setSpacingBefore(18);
                document.add(date);
            }
            if (letter.recipient() != null) {
                var to = new Paragraph(letter.recipient(), BOLD);
                to.setSpacingBefore(18);
                document.add(to);
            }
            if (letter.subject() != null) {
                var subject = new Paragraph(letter.subject(), BOLD);
                subject.setSpacingBefore(12);
                document.add(subject);
            }
            for (var block : letter.body().split("\\R\\s*\\R")) {
                var paragraph = new Paragraph(block.strip(), TEXT);
                paragraph.setSpacingBefore(10);
                paragraph.setLeading(15);
                document.add(paragraph);
            }
            if (letter.reference() != null) {
                var reference = new Paragraph(letter.reference(), SMALL);
                reference.setSpacingBefore(30);
                document.add(reference);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the letter", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}

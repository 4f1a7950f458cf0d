package com.acuerdo.message.web;

import com.acuerdo.casework.web.CasePage;
import com.acuerdo.contact.boundary.ContactRefused;
import com.acuerdo.contact.control.GuardReason;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.message.boundary.Draft;
import com.acuerdo.message.boundary.MessageRefused;
import com.acuerdo.message.boundary.Messaging;
import com.acuerdo.message.boundary.OffensiveText;
import com.acuerdo.message.boundary.TemplateChoice;
import com.acuerdo.message.control.HighlightedText;
import com.acuerdo.message.control.HighlightedText.Span;
import com.acuerdo.message.control.MissingValues;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.tone.control.ToneHit;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The case workspace's "message" part: choose a template, preview it as the client will read it,
 * add a line, send (through the guard and the tone check), or print a letter.
 */
@Named
@ViewScoped
public class MessageComposer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage casePage;

    @Inject
    Messaging messaging;

    @Inject
    Messages messages;

    private long caseId;
    private Channel channel = Channel.SMS;
    private String templateCode;
    private String agentText;
    private List<TemplateChoice> templates = List.of();
    private List<TemplateChoice> letters = List.of();
    private String letterCode;

    private Draft draft;
    private String previewHtml;
    private String previewSubjectHtml;
    private List<String> guardReasons = List.of();
    private boolean toneRefused;
    private List<String> toneExpressions = List.of();
    private String sentTo;

    @PostConstruct
    void init() {
        caseId = casePage.getView().caseId();
        if (!casePage.getView().open()) {
            return;
        }
        templates = messaging.templates(caseId, channel);
        letters = messaging.templates(caseId, Channel.LETTER);
        templateCode = firstReady(templates);
        letterCode = firstReady(letters);
    }

    public void changeChannel() {
        templates = messaging.templates(caseId, channel);
        templateCode = firstReady(templates);
        clearOutcome();
        draft = null;
    }

    public void preview() {
        clearOutcome();
        try {
            draft = messaging.preview(caseId, channel, templateCode, agentText);
            previewSubjectHtml = HighlightedText.html(draft.subject(), List.of());
            previewHtml = HighlightedText.html(draft.body(), List.of());
        } catch (MissingValues missing) {
            draft = null;
            messages.error("ws.msg.error.missing", String.join(", ", missing.names()));
        } catch (MessageRefused refused) {
            draft = null;
            messages.error(refused.key());
        }
    }

    public void send() {
        clearOutcome();
        try {
            var sent = messaging.send(caseId, channel, templateCode, agentText);
            draft = sent.draft();
            previewSubjectHtml = HighlightedText.html(draft.subject(), List.of());
            previewHtml = HighlightedText.html(draft.body(), List.of());
            sentTo = draft.recipient();
            agentText = null;
            casePage.reload();
        } catch (ContactRefused refused) {
            guardReasons = reasons(refused);
        } catch (OffensiveText offensive) {
            refusedBy(offensive);
            previewSubjectHtml = HighlightedText.html(offensive.subject(), spans(offensive.subjectHits()));
            previewHtml = HighlightedText.html(offensive.body(), spans(offensive.hits()));
            draft = null;
        } catch (MissingValues missing) {
            messages.error("ws.msg.error.missing", String.join(", ", missing.names()));
        } catch (MessageRefused refused) {
            messages.error(refused.key());
        }
    }

    /** The letter as a download (through the guard); null, with the reasons shown, when refused. */
    public StreamedContent letter() {
        clearOutcome();
        try {
            var letter = messaging.letter(caseId, letterCode);
            var pdf = letter.pdf();
            return DefaultStreamedContent.builder()
                    .name(letter.fileName())
                    .contentType("application/pdf")
                    .contentLength((long) pdf.length)
                    .stream(() -> new ByteArrayInputStream(pdf))
                    .build();
        } catch (ContactRefused refused) {
            guardReasons = reasons(refused);
        } catch (OffensiveText offensive) {
            refusedBy(offensive);
            previewHtml = HighlightedText.html(offensive.body(), spans(offensive.hits()));
        } catch (MissingValues missing) {
            messages.error("ws.msg.error.missing", String.join(", ", missing.names()));
        } catch (MessageRefused refused) {
            messages.error(refused.key());
        }
        return null;
    }

    /** Each expression found once, with why it has no place in a message: "«cárcel» (Amenaza)". */
    private void refusedBy(OffensiveText offensive) {
        toneRefused = true;
        toneExpressions = java.util.stream.Stream.concat(offensive.subjectHits().stream(), offensive.hits().stream())
                .map(hit -> "«" + hit.found() + "» (" + messages.text("tone.category." + hit.category()) + ")")
                .distinct()
                .toList();
    }

    private static String firstReady(List<TemplateChoice> choices) {
        return choices.stream()
                .filter(TemplateChoice::ready)
                .findFirst()
                .or(() -> choices.stream().findFirst())
                .map(TemplateChoice::code)
                .orElse(null);
    }

    private void clearOutcome() {
        guardReasons = List.of();
        toneRefused = false;
        toneExpressions = List.of();
        sentTo = null;
        previewHtml = null;
        previewSubjectHtml = null;
    }

    private List<String> reasons(ContactRefused refused) {
        return refused.decision().reasons().stream().map(this::reason).toList();
    }

    private String reason(GuardReason reason) {
        return messages.text(
                "ws.msg.reason." + reason.code(), reason.params().values().toArray());
    }

    private static List<Span> spans(List<ToneHit> hits) {
        return hits.stream().map(hit -> new Span(hit.start(), hit.end())).toList();
    }

    public List<Channel> getChannels() {
        return List.of(Channel.SMS, Channel.EMAIL);
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public String getAgentText() {
        return agentText;
    }

    public void setAgentText(String agentText) {
        this.agentText = agentText;
    }

    public String getLetterCode() {
        return letterCode;
    }

    public void setLetterCode(String letterCode) {
        this.letterCode = letterCode;
    }

    public List<TemplateChoice> getTemplates() {
        return templates;
    }

    public List<TemplateChoice> getLetters() {
        return letters;
    }

    public Draft getDraft() {
        return draft;
    }

    /** Escaped text with only {@code <mark>} as markup (see {@link HighlightedText}). */
    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getPreviewSubjectHtml() {
        return previewSubjectHtml;
    }

    public List<String> getGuardReasons() {
        return guardReasons;
    }

    public boolean isToneRefused() {
        return toneRefused;
    }

    public List<String> getToneExpressions() {
        return toneExpressions;
    }

    public String getSentTo() {
        return sentTo;
    }

    public int getMaxAgentText() {
        return Messaging.MAX_AGENT_TEXT;
    }
}

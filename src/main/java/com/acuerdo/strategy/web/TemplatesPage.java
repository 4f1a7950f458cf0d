package com.acuerdo.strategy.web;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.control.HighlightedText;
import com.acuerdo.message.control.MissingValues;
import com.acuerdo.message.control.TemplateText;
import com.acuerdo.strategy.boundary.TemplateVersion;
import com.acuerdo.strategy.boundary.Templates;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.TemplateDraft;
import com.acuerdo.tone.control.ToneHit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;

/**
 * Message templates (es, en) with a live preview: the text with what the tone check would refuse
 * marked (list in force on the effective date) and the text filled with sample values.
 */
@Named
@ViewScoped
public class TemplatesPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    Templates templates;

    private List<TemplateVersion> history = List.of();
    private String code;
    private Channel channel = Channel.SMS;
    private Language language = Language.ES;
    private String subject;
    private String body;

    private List<ToneHit> hits = List.of();
    private String markedSubject;
    private String markedBody;
    private String rendered;
    private String renderProblem;

    public void load() {
        defaultEffectiveDate();
        history = templates.templateHistory();
    }

    public void edit(TemplateVersion version) {
        code = version.code();
        channel = version.channel();
        language = version.language();
        subject = version.subject();
        body = version.body();
        preview();
    }

    /** The live preview (on every pause in typing). */
    public void preview() {
        var date = effectiveFrom == null ? dates.today() : effectiveFrom;
        hits = templates.templateToneHits(subject, body, date);
        // The check reads "subject\nbody": split the hits back onto each part.
        int offset = subject == null ? 0 : subject.length() + 1;
        markedSubject = subject == null
                ? null
                : HighlightedText.html(
                        subject,
                        hits.stream()
                                .filter(hit -> hit.start() < offset)
                                .map(hit ->
                                        new HighlightedText.Span(hit.start(), Math.min(hit.end(), subject.length())))
                                .toList());
        markedBody = body == null
                ? null
                : HighlightedText.html(
                        body,
                        hits.stream()
                                .filter(hit -> hit.end() > offset)
                                .map(hit ->
                                        new HighlightedText.Span(Math.max(hit.start() - offset, 0), hit.end() - offset))
                                .toList());
        var values = new HashMap<String, String>();
        ConfigurationRules.TEMPLATE_PLACEHOLDERS.forEach(
                name -> values.put(name, messages.text("cfg.tpl.sample." + name)));
        try {
            rendered = TemplateText.render(body, values);
            renderProblem = null;
        } catch (MissingValues missing) {
            rendered = null;
            renderProblem = messages.text("cfg.tpl.unknownPlaceholders", String.join(", ", missing.names()));
        }
    }

    public void save() {
        var draft = new TemplateDraft(code, channel, language, subject, body);
        submit(
                () -> templates.scheduleTemplate(draft, effectiveFrom),
                () -> templates.proposeTemplate(draft, effectiveFrom, reason),
                () -> history = templates.templateHistory());
    }

    public Channel[] getChannels() {
        return new Channel[] {Channel.SMS, Channel.EMAIL, Channel.LETTER};
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<String> getPlaceholders() {
        return ConfigurationRules.TEMPLATE_PLACEHOLDERS.stream()
                .sorted()
                .map(name -> "{" + name + "}")
                .toList();
    }

    public List<TemplateVersion> getHistory() {
        return history;
    }

    public List<ToneHit> getHits() {
        return hits;
    }

    public String getMarkedSubject() {
        return markedSubject;
    }

    public String getMarkedBody() {
        return markedBody;
    }

    public String getRendered() {
        return rendered;
    }

    public String getRenderProblem() {
        return renderProblem;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}

package com.acuerdo.message.entity;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MessageTemplates {

    @PersistenceContext
    EntityManager em;

    /** Per code, the latest revision in force on the date, for one channel and language; by code. */
    public List<MessageTemplate> inForce(Channel channel, Language language, LocalDate date) {
        var latest = new LinkedHashMap<String, MessageTemplate>();
        em.createQuery(
                        "SELECT t FROM MessageTemplate t WHERE t.channel = :channel AND t.language = :language"
                                + " AND t.effectiveFrom <= :date ORDER BY t.code, t.effectiveFrom DESC",
                        MessageTemplate.class)
                .setParameter("channel", channel)
                .setParameter("language", language)
                .setParameter("date", date)
                .getResultList()
                .forEach(template -> latest.putIfAbsent(template.code(), template));
        return List.copyOf(latest.values());
    }

    public Optional<MessageTemplate> inForce(String code, Channel channel, Language language, LocalDate date) {
        return inForce(channel, language, date).stream()
                .filter(template -> template.code().equals(code))
                .findFirst();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM MessageTemplate t", Long.class)
                .getSingleResult();
    }

    public void add(MessageTemplate template) {
        em.persist(template);
    }
}

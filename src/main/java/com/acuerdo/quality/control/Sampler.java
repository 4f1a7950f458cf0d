package com.acuerdo.quality.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Picks the contacts of a period that QA reviews: up to N per agent, stratified by outcome (one of
 * each outcome in turn, at random within an outcome) so that the hard calls — refusals, third
 * parties, callbacks — are reviewed as well as the easy ones; a contact is never sampled twice.
 */
public final class Sampler {

    /** A reviewable contact of the period. */
    public record Candidate(long contactId, long agentId, String outcome) {}

    private final int perAgent;
    private final Random random;

    public Sampler(int perAgent, Random random) {
        if (perAgent < 1) {
            throw new IllegalArgumentException("sample at least one contact per agent: " + perAgent);
        }
        this.perAgent = perAgent;
        this.random = random;
    }

    /** The chosen contacts, agent by agent; those already sampled are left out. */
    public List<Candidate> sample(Collection<Candidate> candidates, Set<Long> alreadySampled) {
        var byAgent = candidates.stream()
                .filter(candidate -> !alreadySampled.contains(candidate.contactId()))
                .collect(Collectors.groupingBy(Candidate::agentId, TreeMap::new, Collectors.toList()));
        var chosen = new ArrayList<Candidate>();
        byAgent.values().forEach(contacts -> chosen.addAll(sampleOneAgent(contacts)));
        return List.copyOf(chosen);
    }

    private List<Candidate> sampleOneAgent(List<Candidate> contacts) {
        var byOutcome = new TreeMap<String, List<Candidate>>();
        for (var contact : distinct(contacts)) {
            byOutcome
                    .computeIfAbsent(contact.outcome(), outcome -> new ArrayList<>())
                    .add(contact);
        }
        var strata = new ArrayList<List<Candidate>>(byOutcome.values());
        strata.forEach(stratum -> Collections.shuffle(stratum, random));
        Collections.shuffle(strata, random);

        var chosen = new ArrayList<Candidate>();
        for (int round = 0; chosen.size() < perAgent; round++) {
            boolean any = false;
            for (var stratum : strata) {
                if (round < stratum.size() && chosen.size() < perAgent) {
                    chosen.add(stratum.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    private static Collection<Candidate> distinct(List<Candidate> contacts) {
        var byId = new LinkedHashMap<Long, Candidate>();
        contacts.forEach(contact -> byId.putIfAbsent(contact.contactId(), contact));
        return byId.values();
    }
}

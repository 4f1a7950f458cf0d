package com.acuerdo.demo.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.casework.entity.CloseReason;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.PriorityPart;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.demo.control.CaseRouting;
import com.acuerdo.demo.control.ClientPlan;
import com.acuerdo.demo.control.ClientPlanner;
import com.acuerdo.demo.control.DemoOrganisation;
import com.acuerdo.demo.control.DemoSettings;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.quality.control.DefaultScorecard;
import com.acuerdo.quality.entity.AnswerType;
import com.acuerdo.quality.entity.CalibrationSession;
import com.acuerdo.quality.entity.CoachingAction;
import com.acuerdo.quality.entity.CoachingOutcome;
import com.acuerdo.quality.entity.QualityReview;
import com.acuerdo.quality.entity.ReviewSample;
import com.acuerdo.quality.entity.Scorecard;
import com.acuerdo.quality.entity.ScorecardRepository;
import com.acuerdo.quality.entity.YesNo;
import com.acuerdo.security.boundary.DemoUsers;
import com.acuerdo.security.boundary.Passwords;
import com.acuerdo.security.entity.UserAccount;
import com.acuerdo.strategy.control.CaseFacts;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.PriorityScore;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.PriorityWeights;
import com.acuerdo.strategy.entity.StrategyRepository;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.Team;
import com.acuerdo.team.entity.WorkingSchedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the demo department through the model, one transaction per call: the claim (users, teams,
 * agents), then chunks of clients, then the quality work. A chunk is committed and forgotten before
 * the next, so the size of the department is bounded by the database, not by memory.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDepartmentWriter {

    static final String SUBJECT = "DEMO";

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Passwords passwords;

    @Inject
    Audit audit;

    @Inject
    StrategyRepository strategy;

    @Inject
    ScorecardRepository scorecards;

    // --- the claim --------------------------------------------------------------------------

    /**
     * Decides under a lock whether this instance loads the demo and, if so, writes the organisation.
     * Instances that start together queue on the lock row; the first to get it finds the database
     * empty and claims the load, the others find it claimed.
     */
    public Optional<DemoSetup> claim(DemoSettings settings, String databaseProduct, Instant now) {
        em.createNativeQuery("SELECT id FROM reference_data_lock WHERE id = 1 FOR UPDATE")
                .getResultList();
        if (!settings.shouldLoad(databaseProduct, isEmpty())) {
            return Optional.empty();
        }
        var today = calendar.today();
        var userIds = createUsers(now);
        var teams = new LinkedHashMap<String, Team>();
        var supervisorOfTeam = new HashMap<Long, Long>();
        for (var definition : DemoOrganisation.TEAMS) {
            var team = new Team(definition.name(), userIds.get(definition.supervisor()));
            team.takeCasesOf(Set.of(), definition.buckets(), Set.of());
            em.persist(team);
            teams.put(definition.name(), team);
        }
        var seats = new ArrayList<CaseRouting.Seat>();
        var agentUsernames = new HashMap<Long, String>();
        int capacity = DemoOrganisation.capacityFor(settings.clients());
        for (var definition : DemoOrganisation.AGENTS) {
            var team = teams.get(definition.team());
            var user = DemoUsers.ALL.stream()
                    .filter(u -> u.username().equals(definition.username()))
                    .findFirst()
                    .orElseThrow();
            var agent = new Agent(userIds.get(definition.username()), user.displayName(), team, capacity);
            agent.changeSkills(definition.languages(), definition.products(), bucketsOf(definition.team()));
            agent.changeSchedule(
                    definition.workingDays(), new WorkingSchedule(definition.shiftStart(), definition.shiftEnd()));
            for (var absence : definition.absences()) {
                agent.recordAbsence(absence.kind(), absence.from(today), absence.until(today), absence.note());
            }
            em.persist(agent);
        }
        em.flush();
        for (var team : teams.values()) {
            supervisorOfTeam.put(team.id(), team.supervisorUserId());
        }
        for (var agent : em.createQuery("SELECT a FROM Agent a ORDER BY a.id", Agent.class)
                .getResultList()) {
            var team = agent.team().orElseThrow();
            seats.add(new CaseRouting.Seat(agent.id(), team.id(), team.name(), agent.languages(), agent.products()));
            agentUsernames.put(
                    agent.id(),
                    userIds.entrySet().stream()
                            .filter(e -> e.getValue() == agent.userId())
                            .map(Map.Entry::getKey)
                            .findFirst()
                            .orElseThrow());
        }
        audit.recordAs(
                Audit.SYSTEM,
                DemoEvent.DEMO_LOAD_STARTED,
                SUBJECT,
                null,
                settings.clients() + " clients, seed " + settings.seed() + ", business date " + today);
        return Optional.of(new DemoSetup(
                today,
                Map.copyOf(userIds),
                Map.copyOf(agentUsernames),
                Map.copyOf(supervisorOfTeam),
                new CaseRouting(seats),
                objectivesOn(today),
                strategy.weightsOn(today)
                        .orElseThrow(() -> new IllegalStateException("no priority weights in force on " + today))));
    }

    private static Set<AgingBucket> bucketsOf(String team) {
        return DemoOrganisation.TEAMS.stream()
                .filter(definition -> definition.name().equals(team))
                .findFirst()
                .orElseThrow()
                .buckets();
    }

    /** No client, no user and no earlier claim: a database nobody has used yet. */
    boolean isEmpty() {
        long customers = count("SELECT COUNT(c) FROM Customer c");
        long users = count("SELECT COUNT(u) FROM UserAccount u");
        long claims = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type", Long.class)
                .setParameter("type", DemoEvent.DEMO_LOAD_STARTED.name())
                .getSingleResult();
        return customers == 0 && users == 0 && claims == 0;
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }

    private Map<String, Long> createUsers(Instant now) {
        // One hash for all: the demo users share a published password anyway.
        var hash = passwords.hash(DemoUsers.PASSWORD);
        var ids = new LinkedHashMap<String, Long>();
        var accounts = new ArrayList<UserAccount>();
        for (var demo : DemoUsers.ALL) {
            var user = new UserAccount(
                    demo.username(), demo.displayName(), hash, demo.roles(), demo.locale(), demo.timeZone(), now);
            em.persist(user);
            accounts.add(user);
        }
        em.flush();
        accounts.forEach(user -> ids.put(user.username(), user.id()));
        return ids;
    }

    private Map<Product, Map<AgingBucket, Objective>> objectivesOn(LocalDate date) {
        var rows = em.createQuery("SELECT o FROM BucketObjective o", BucketObjective.class)
                .getResultList();
        var objectives = new EnumMap<Product, Map<AgingBucket, Objective>>(Product.class);
        for (var product : Product.values()) {
            var perBucket = new EnumMap<AgingBucket, Objective>(AgingBucket.class);
            for (var bucket : AgingBucket.values()) {
                var candidates = rows.stream()
                        .filter(row -> row.product() == product && row.bucket() == bucket)
                        .toList();
                InForce.on(date, candidates, BucketObjective::effectiveFrom)
                        .ifPresent(row -> perBucket.put(bucket, row.objective()));
            }
            objectives.put(product, Map.copyOf(perBucket));
        }
        return Map.copyOf(objectives);
    }

    // --- clients ------------------------------------------------------------------------------

    /** Clients {@code from} (inclusive) to {@code until} (exclusive), in one transaction. */
    public void writeClients(DemoSetup setup, ClientPlanner planner, int from, int until) {
        for (int index = from; index < until; index++) {
            write(setup, planner.plan(index));
        }
        em.flush();
        em.clear();
    }

    private void write(DemoSetup setup, ClientPlan plan) {
        var today = setup.today();
        var customer = new Customer(plan.externalId(), plan.details());
        em.persist(customer);
        var tolerance = ClientPlanner.tolerance(plan.currency());
        var accounts = new ArrayList<Account>();
        for (var accountPlan : plan.accounts()) {
            var account = new Account(
                    accountPlan.externalId(),
                    customer,
                    accountPlan.product(),
                    plan.currency(),
                    accountPlan.openedOn(),
                    accountPlan.creditLimit());
            em.persist(account);
            for (var bill : accountPlan.bills()) {
                account.addBill(bill.externalId(), bill.dueDate(), bill.amount());
            }
            accounts.add(account);
        }

        var cured = plan.arrangements().stream()
                .filter(arrangement -> arrangement.status() == ArrangementStatus.COMPLETED)
                .findFirst();
        CollectionCase curedCase = null;
        for (int k = 0; k < accounts.size(); k++) {
            var account = accounts.get(k);
            var accountPlan = plan.accounts().get(k);
            var pauses = pausesOf(plan, k);
            var payments = accountPlan.payments();
            int next = 0;
            // Aged at every past month end, so the bucket history (roll rates) has data.
            for (var month = YearMonth.from(accountPlan.bills().get(0).dueDate()); ; month = month.plusMonths(1)) {
                var monthEnd = month.atEndOfMonth();
                if (!monthEnd.isBefore(today)) {
                    break;
                }
                while (next < payments.size() && !payments.get(next).paidOn().isAfter(monthEnd)) {
                    pay(account, payments.get(next++));
                }
                account.age(monthEnd, tolerance, pauses).ifPresent(em::persist);
                if (cured.isPresent()
                        && cured.get().accountIndex() == k
                        && curedCase == null
                        && account.lastBucket().isDelinquent()) {
                    curedCase = CollectionCase.open(customer, List.of(account), monthEnd);
                    var bucket = account.lastBucket();
                    curedCase.updateAging(
                            bucket, setup.objective(account.product(), bucket).orElse(null));
                    var seat = setup.routing().assign(bucket, customer.language(), account.product());
                    setup.routing().release(seat);
                    curedCase.assignTo(seat.agentId(), seat.teamId());
                    em.persist(curedCase);
                }
            }
            while (next < payments.size()) {
                pay(account, payments.get(next++));
            }
            account.age(today, tolerance, pauses).ifPresent(em::persist);
        }

        var delinquent = accounts.stream()
                .filter(account -> account.lastBucket().isDelinquent())
                .toList();
        CollectionCase openCase = null;
        if (!delinquent.isEmpty()) {
            var worst = delinquent.stream()
                    .max(Comparator.comparingInt(Account::lastDaysPastDue))
                    .orElseThrow();
            openCase = CollectionCase.open(customer, delinquent, today.minusDays(worst.lastDaysPastDue() - 1L));
            var bucket = openCase.bucket();
            openCase.updateAging(
                    bucket, setup.objective(worst.product(), bucket).orElse(null));
            var seat = setup.routing().assign(bucket, customer.language(), worst.product());
            openCase.assignTo(seat.agentId(), seat.teamId());
            em.persist(openCase);
        }
        var workingCase = openCase != null ? openCase : curedCase;
        if (workingCase == null) {
            return;
        }
        long agentId = workingCase.assignedAgentId().orElseThrow();
        var agentUsername = setup.agentUsernames().get(agentId);

        for (var restriction : plan.restrictions()) {
            em.persist(new ContactRestriction(
                    customer,
                    restriction.accountIndex() == null
                            ? null
                            : accounts.get(restriction.accountIndex()).id(),
                    restriction.type(),
                    restriction.from(),
                    restriction.until(),
                    restriction.note(),
                    agentUsername,
                    restriction.at()));
        }
        for (var contactPlan : plan.contacts()) {
            var contact = new Contact(
                    workingCase,
                    accounts.get(contactPlan.accountIndex()).id(),
                    contactPlan.channel(),
                    contactPlan.direction(),
                    contactPlan.outcome(),
                    agentId,
                    contactPlan.at(),
                    contactPlan.notes());
            if (contactPlan.reason() != null) {
                contact.explainDelay(contactPlan.reason());
            }
            if (contactPlan.outcome() == ContactOutcome.RIGHT_PARTY) {
                contact.coverTalkingPoints(List.of("GREET_IDENTIFY"));
            }
            if (contactPlan.callbackAt() != null) {
                contact.agreeNextStep(
                        "Llamar de nuevo en el horario acordado con el cliente.", contactPlan.callbackAt());
            }
            em.persist(contact);
            workingCase.contactMade(contactPlan.at(), contactPlan.callbackAt());
        }
        for (var promisePlan : plan.promises()) {
            var promise = new PromiseToPay(
                    workingCase,
                    accounts.get(promisePlan.accountIndex()),
                    promisePlan.amount(),
                    promisePlan.dueOn(),
                    promisePlan.madeOn(),
                    promisePlan.madeAt(),
                    agentId);
            switch (promisePlan.status()) {
                case OPEN -> {}
                case CANCELLED -> promise.cancel(promisePlan.resolvedOn());
                default -> promise.followUp(promisePlan.paid(), promisePlan.resolvedOn());
            }
            em.persist(promise);
        }
        for (var arrangementPlan : plan.arrangements()) {
            var account = accounts.get(arrangementPlan.accountIndex());
            var arrangement = arrangementPlan.needsApproval()
                    ? PaymentArrangement.requestApproval(
                            workingCase, account, arrangementPlan.schedule(), agentId, arrangementPlan.requestedAt())
                    : PaymentArrangement.agree(
                            workingCase, account, arrangementPlan.schedule(), agentId, arrangementPlan.requestedAt());
            if (arrangementPlan.needsApproval() && arrangementPlan.status() != ArrangementStatus.PENDING_APPROVAL) {
                var supervisor = DemoUsers.ALL.stream()
                        .filter(user -> setup.userIds()
                                .get(user.username())
                                .equals(setup.supervisorOfTeam()
                                        .get(workingCase.teamId().orElseThrow())))
                        .findFirst()
                        .orElseThrow();
                arrangement.approve(
                        supervisor.username(),
                        "Plazo razonable para que el cliente se ponga al corriente.",
                        arrangementPlan.requestedAt().plus(Duration.ofHours(2)));
            }
            if (arrangementPlan.status() == ArrangementStatus.BROKEN) {
                var first = arrangement.instalments().get(0);
                first.followUp(Money.zero(account.currency()), arrangementPlan.endedOn(), arrangementPlan.graceDays());
                arrangement.markBroken(arrangementPlan.endedOn(), "La cuota 1 no se pagó dentro del plazo de gracia.");
            } else if (arrangementPlan.status() == ArrangementStatus.COMPLETED) {
                for (var instalment : arrangement.instalments()) {
                    instalment.followUp(instalment.amount(), instalment.dueOn(), arrangementPlan.graceDays());
                }
                arrangement.complete(arrangementPlan.endedOn());
            }
            em.persist(arrangement);
        }

        if (openCase != null) {
            prioritise(openCase, plan, delinquent, today, setup.weights());
        }
        if (curedCase != null && curedCase.isOpen()) {
            var closedOn = cured.get().endedOn();
            curedCase.close(
                    CloseReason.CURED, closedOn.isBefore(curedCase.openedOn()) ? curedCase.openedOn() : closedOn);
        }
    }

    private static void pay(Account account, ClientPlan.PaymentPlan plan) {
        account.applyPayment(new Payment(plan.externalId(), account, plan.paidOn(), plan.amount(), plan.channel()));
    }

    private static List<PausePeriod> pausesOf(ClientPlan plan, int accountIndex) {
        return plan.restrictions().stream()
                .filter(r -> r.type().pausesAging())
                .filter(r -> r.accountIndex() == null || r.accountIndex() == accountIndex)
                .map(r -> new PausePeriod(r.from(), Optional.ofNullable(r.until())))
                .toList();
    }

    private static void prioritise(
            CollectionCase openCase,
            ClientPlan plan,
            Collection<Account> delinquent,
            LocalDate today,
            PriorityWeights weights) {
        var zone = plan.details().timeZone();
        var balance =
                delinquent.stream().map(Account::balance).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var promiseDueToday = plan.promises().stream()
                .anyMatch(p -> p.status() == PromiseStatus.OPEN && p.dueOn().equals(today));
        int broken = (int) plan.promises().stream()
                .filter(p -> p.status() == PromiseStatus.BROKEN)
                .count();
        boolean callbackDue = openCase.nextCallbackAt()
                .map(at -> !at.atZone(zone).toLocalDate().isAfter(today))
                .orElse(false);
        Integer sinceContact = openCase.lastContactAt()
                .map(at -> (int)
                        Math.max(0, ChronoUnit.DAYS.between(at.atZone(zone).toLocalDate(), today)))
                .orElse(null);
        var facts = new CaseFacts(
                balance,
                openCase.accounts().stream()
                        .mapToInt(Account::lastDaysPastDue)
                        .max()
                        .orElse(0),
                plan.risk(),
                promiseDueToday,
                broken,
                callbackDue,
                sinceContact);
        var score = PriorityScore.of(weights, facts);
        openCase.prioritise(
                score.total(),
                score.explanation().stream()
                        .map(part -> new PriorityPart(part.factor().name(), part.points()))
                        .toList());
    }

    // --- quality ------------------------------------------------------------------------------

    /**
     * The quality work of the department: this week's sample queue, last weeks' reviews by QA and
     * the supervisors (acknowledged, disputed, one critical fail), coaching actions and a revealed
     * calibration session.
     */
    public void writeQuality(DemoSetup setup, Instant now) {
        var scorecard = scorecards
                .published(DefaultScorecard.NAME)
                .orElseThrow(() -> new IllegalStateException("no published scorecard " + DefaultScorecard.NAME));
        var today = setup.today();
        var weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var lastWeekStart = weekStart.minusDays(7);
        var recentFrom = today.minusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC);
        var recent = conversations(recentFrom, today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 300);
        var older = conversations(recentFrom.minus(Duration.ofDays(28)), recentFrom, 200);

        // This week's queue: up to two recent calls per agent.
        var queuedPerAgent = new HashMap<Long, Integer>();
        var queuedAt = weekStart.atTime(LocalTime.of(6, 0)).toInstant(ZoneOffset.UTC);
        for (var call : recent) {
            long agentId = call.agentId().orElseThrow();
            if (queuedPerAgent.merge(agentId, 1, Integer::sum) <= 2) {
                em.persist(ReviewSample.sampled(call.id(), agentId, weekStart, weekStart.plusDays(6), queuedAt));
            }
        }

        // Last weeks' reviews: one call per agent, reviewers taking turns.
        var reviewed = new ArrayList<Contact>();
        var agentsSeen = new java.util.HashSet<Long>();
        for (var call : older) {
            if (reviewed.size() < 10 && agentsSeen.add(call.agentId().orElseThrow())) {
                reviewed.add(call);
            }
        }
        var qa = setup.userId("qa");
        QualityReview criticalFail = null;
        QualityReview needsWork = null;
        for (int i = 0; i < reviewed.size(); i++) {
            var call = reviewed.get(i);
            long agentId = call.agentId().orElseThrow();
            long supervisor = supervisorOf(setup, agentId);
            boolean bySupervisor = i % 3 == 1;
            long reviewer = bySupervisor ? supervisor : qa;
            var at = call.contactAt().plus(Duration.ofDays(2));
            var sample = bySupervisor
                    ? ReviewSample.addedBySupervisor(
                            call.id(), agentId, lastWeekStart, lastWeekStart.plusDays(6), supervisor, at)
                    : ReviewSample.sampled(call.id(), agentId, lastWeekStart, lastWeekStart.plusDays(6), at);
            var review = new QualityReview(call.id(), agentId, reviewer, scorecard, at);
            var profile = i == 2 ? Profile.CRITICAL_FAIL : i == 1 || i == 5 ? Profile.NEEDS_WORK : Profile.GOOD;
            answer(review, scorecard, profile, i);
            review.submit(at.plus(Duration.ofMinutes(25)));
            em.persist(review);
            sample.startReview(review);
            sample.markReviewed();
            em.persist(sample);
            if (i == 5) {
                review.dispute(
                        "Sí confirmé el acuerdo con el cliente al final de la llamada; pido revisar la grabación completa.",
                        at.plus(Duration.ofDays(1)));
            } else if (i != 2 && i % 4 != 3) {
                review.acknowledge(at.plus(Duration.ofDays(1)));
            }
            if (profile == Profile.CRITICAL_FAIL) {
                criticalFail = review;
            } else if (profile == Profile.NEEDS_WORK && needsWork == null) {
                needsWork = review;
            }
        }

        if (criticalFail != null) {
            em.persist(new CoachingAction(
                    criticalFail.agentId(),
                    criticalFail,
                    "NO_FALSE_CLAIM",
                    "Explicar las consecuencias del atraso con exactitud, sin afirmaciones sobre acciones legales"
                            + " que no están en curso.",
                    today.plusDays(7),
                    supervisorOf(setup, criticalFail.agentId()),
                    now));
        }
        if (needsWork != null) {
            var action = new CoachingAction(
                    needsWork.agentId(),
                    needsWork,
                    "CONFIRMED_AGREEMENT",
                    "Repetir al cliente el acuerdo (monto y fecha) antes de cerrar la llamada.",
                    today.plusDays(14),
                    supervisorOf(setup, needsWork.agentId()),
                    now);
            action.acknowledge(now);
            em.persist(action);
        }
        var anyAgent = setup.routing().seats().get(0).agentId();
        var closed = new CoachingAction(
                anyAgent,
                null,
                "ASKED_REASON",
                "Escuchar el motivo del atraso antes de proponer opciones de pago.",
                today.minusDays(3),
                supervisorOf(setup, anyAgent),
                today.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC));
        closed.close(CoachingOutcome.IMPROVED, "Mejoró de forma visible en las últimas llamadas revisadas.", now);
        em.persist(closed);

        // One calibration session on a call nobody reviewed, revealed against QA's expert score.
        older.stream()
                .filter(call -> !reviewed.contains(call))
                .findFirst()
                .ifPresent(call -> calibrate(setup, scorecard, call, now));
    }

    /** Telephone conversations of agents in [from, until), newest first. */
    private List<Contact> conversations(Instant from, Instant until, int max) {
        return em.createQuery(
                        "SELECT c FROM Contact c WHERE c.channel = :call AND c.outcome = :conversation"
                                + " AND c.agentId IS NOT NULL AND c.contactAt >= :from AND c.contactAt < :until"
                                + " ORDER BY c.contactAt DESC, c.id",
                        Contact.class)
                .setParameter("call", Channel.CALL)
                .setParameter("conversation", ContactOutcome.RIGHT_PARTY)
                .setParameter("from", from)
                .setParameter("until", until)
                .setMaxResults(max)
                .getResultList();
    }

    private void calibrate(DemoSetup setup, Scorecard scorecard, Contact call, Instant now) {
        var qa = setup.userId("qa");
        var at = call.contactAt().plus(Duration.ofDays(3));
        var session = new CalibrationSession(call.id(), call.agentId().orElseThrow(), scorecard, qa, at);
        var supervisors = List.of(setup.userId("supervisor1"), setup.userId("supervisor2"));
        supervisors.forEach(session::invite);
        em.persist(session);
        var expert = QualityReview.forCalibration(session, qa, at);
        answer(expert, scorecard, Profile.GOOD, 0);
        expert.submit(at.plus(Duration.ofMinutes(30)));
        em.persist(expert);
        session.designateExpertReview(expert);
        for (int i = 0; i < supervisors.size(); i++) {
            var review = QualityReview.forCalibration(session, supervisors.get(i), at);
            answer(review, scorecard, i == 0 ? Profile.GOOD : Profile.NEEDS_WORK, i + 1);
            review.submit(at.plus(Duration.ofMinutes(40 + i)));
            em.persist(review);
            session.recordReview(review);
        }
        session.reveal(at.plus(Duration.ofHours(3)));
    }

    private enum Profile {
        GOOD,
        NEEDS_WORK,
        CRITICAL_FAIL
    }

    /** Answers every criterion the way a reviewer would for a call of this profile. */
    private static void answer(QualityReview review, Scorecard scorecard, Profile profile, int variant) {
        for (var criterion : scorecard.criteria()) {
            var code = criterion.code();
            if (criterion.answerType() != AnswerType.YES_NO_NA) {
                int max = criterion.scaleMax().orElseThrow();
                int value = profile == Profile.GOOD ? max - variant % 2 : Math.max(1, max / 2 - 1);
                review.answerScale(
                        code,
                        value,
                        value * 2 < max ? "Las opciones no se ajustaron a lo que el cliente contó." : null);
            } else if (profile == Profile.NEEDS_WORK
                    && Set.of("CONFIRMED_AGREEMENT", "OFFERED_HELP").contains(code)) {
                review.answer(code, YesNo.NO, "Faltó confirmar el acuerdo y ofrecer ayuda con claridad.");
            } else if (profile == Profile.CRITICAL_FAIL && code.equals("NO_FALSE_CLAIM")) {
                review.answer(
                        code, YesNo.NO, "Afirmó que la cuenta pasaría a juicio esa semana, lo cual no es cierto.");
            } else if (criterion.prescoreSource().isPresent()) {
                review.prescore(code, YesNo.YES);
            } else {
                review.answer(code, YesNo.YES, null);
            }
        }
    }

    private static long supervisorOf(DemoSetup setup, long agentId) {
        var seat = setup.routing().seats().stream()
                .filter(s -> s.agentId() == agentId)
                .findFirst()
                .orElseThrow();
        return setup.supervisorOfTeam().get(seat.teamId());
    }

    // --- the end ------------------------------------------------------------------------------

    public void finish(DemoSettings settings, Duration took) {
        audit.recordAs(
                Audit.SYSTEM,
                DemoEvent.DEMO_LOADED,
                SUBJECT,
                null,
                settings.clients() + " clients (seed " + settings.seed() + ") in " + took.toSeconds() + " s");
    }
}

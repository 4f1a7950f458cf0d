package com.acuerdo.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.account.entity.Bill;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.BucketMoves;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Arrangements;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CloseReason;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.casework.entity.PriorityPart;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.ContactRestrictions;
import com.acuerdo.contact.entity.Contacts;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Customers;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.promise.entity.Promises;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.testing.Deployments;
import com.acuerdo.testing.Portfolio;
import com.acuerdo.testing.StoredFixtures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portfolio model against the real schema: every mapped entity of the persistence unit can be
 * queried (the migrations match the mappings), a client's whole story round-trips, the database keeps
 * one open case per client, and concurrent changes of a case are caught. Each test stores its own
 * data under unique core-bank ids; demo data may be present and is not relied on.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioModelIT {

    private static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-03-15");
    private static final Money TOLERANCE = mxn("1.00");

    @Deployment
    static WebArchive deployment() {
        return Deployments.acuerdoWithTests(
                PortfolioModelIT.class, PortfolioModelTx.class, StoredFixtures.class, Portfolio.class);
    }

    @Inject
    UserTransaction tx;

    @Inject
    PortfolioModelTx jpa;

    @Inject
    Customers customers;

    @Inject
    Accounts accounts;

    @Inject
    BucketMoves bucketMoves;

    @Inject
    CollectionCases cases;

    @Inject
    Contacts contacts;

    @Inject
    ContactRestrictions restrictions;

    @Inject
    Promises promises;

    @Inject
    Arrangements arrangements;

    @Inject
    StoredFixtures fixtures;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long agentId;
    private long teamId;

    @BeforeEach
    void anAgentOfATeam() {
        var agent = fixtures.agent();
        agentId = agent.agentId();
        teamId = agent.teamId();
    }

    private static Money mxn(String amount) {
        return Money.of(amount, "MXN");
    }

    @AfterEach
    void noTransactionLeftOpen() throws Exception {
        if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
    }

    @Test
    void every_mapped_entity_can_be_queried_against_the_migrated_schema() {
        EntityManager em = jpa.em();
        var entities = em.getMetamodel().getEntities();
        assertTrue(entities.size() >= 13, "the portfolio entities are mapped: " + entities);
        for (var entity : entities) {
            var name = entity.getName();
            var count = em.createQuery("select count(e) from " + name + " e", Long.class)
                    .getSingleResult();
            assertNotNull(count, name);
            var some = em.createQuery("select e from " + name + " e", entity.getJavaType())
                    .setMaxResults(1)
                    .getResultList();
            assertTrue(some.size() <= 1, name);
        }
    }

    @Test
    void a_clients_whole_story_round_trips() throws Exception {
        var contactAt = Instant.parse("2026-03-15T14:05:07.123456Z");
        var callbackAt = Instant.parse("2026-03-17T16:30:00Z");
        var decidedAt = Instant.parse("2026-03-15T18:00:00.5Z");

        tx.begin();
        var em = jpa.em();
        var customer = customers.add(new Customer(
                "IT-C-" + run,
                new CustomerDetails(
                        "María José Pérez",
                        "PEMJ800101MDFRRR01",
                        "mj@example.test",
                        "+525500000000",
                        ZoneId.of("America/Mexico_City"),
                        Language.ES,
                        Jurisdiction.MX,
                        true,
                        false)));
        var card = new Account(
                "IT-A1-" + run, customer, Product.CREDIT_CARD, "MXN", LocalDate.parse("2023-05-01"), mxn("30000"));
        var january = card.addBill("IT-B1-" + run, LocalDate.parse("2026-01-10"), mxn("100.00"));
        var february = card.addBill("IT-B2-" + run, LocalDate.parse("2026-02-10"), mxn("200.00"));
        var loan = new Account(
                "IT-A2-" + run, customer, Product.PERSONAL_LOAN, "MXN", LocalDate.parse("2024-02-29"), mxn("0"));
        loan.addBill("IT-B3-" + run, LocalDate.parse("2026-02-20"), mxn("300.00"));
        accounts.add(card);
        accounts.add(loan);
        var payment = new Payment("IT-P1-" + run, card, LocalDate.parse("2026-03-01"), mxn("150.25"), "BRANCH");
        card.applyPayment(payment);
        card.age(BUSINESS_DATE, TOLERANCE, List.of()).ifPresent(bucketMoves::add);
        loan.age(BUSINESS_DATE, TOLERANCE, List.of()).ifPresent(bucketMoves::add);

        var kase = cases.add(CollectionCase.open(customer, List.of(card, loan), BUSINESS_DATE));
        kase.assignTo(agentId, teamId);
        kase.prioritise(
                new BigDecimal("900000.1234"),
                List.of(
                        new PriorityPart("DAYS_PAST_DUE", new BigDecimal("900000")),
                        new PriorityPart("BALANCE", new BigDecimal("0.1234"))));
        var contact = new Contact(
                kase,
                card.id(),
                Channel.CALL,
                Direction.OUTBOUND,
                ContactOutcome.RIGHT_PARTY,
                agentId,
                contactAt,
                "Notas ñ");
        contact.explainDelay(DelayReason.INCOME_LOSS);
        contact.coverTalkingPoints(List.of("GREETING", "OPTIONS"));
        contact.agreeNextStep("Llamar después de la quincena", callbackAt);
        contacts.add(contact);
        kase.contactMade(contactAt, callbackAt);
        restrictions.add(new ContactRestriction(
                customer,
                loan.id(),
                RestrictionType.DISPUTE,
                LocalDate.parse("2026-03-01"),
                null,
                "Cargo no reconocido",
                "agent.it",
                contactAt));
        promises.add(new PromiseToPay(
                kase, card, mxn("149.75"), LocalDate.parse("2026-03-20"), BUSINESS_DATE, contactAt, agentId));
        var schedule = InstalmentSchedule.compute(
                mxn("300.00"), new BigDecimal("5"), mxn("15.00"), 3, Frequency.MONTHLY, LocalDate.parse("2026-03-31"));
        var arrangement =
                arrangements.add(PaymentArrangement.requestApproval(kase, loan, schedule, agentId, contactAt));
        arrangement.approve("super.it", "Dispute aside, hardship confirmed", decidedAt);
        em.flush();
        long customerId = customer.id();
        long cardId = card.id();
        long loanId = loan.id();
        long caseId = kase.id();
        long contactId = contact.id();
        long arrangementId = arrangement.id();
        tx.commit();

        tx.begin();
        em = jpa.em();
        var storedCustomer = customers.findByExternalId("IT-C-" + run).orElseThrow();
        assertEquals(customerId, storedCustomer.id());
        assertEquals("María José Pérez", storedCustomer.fullName());
        assertEquals(ZoneId.of("America/Mexico_City"), storedCustomer.timeZone());
        assertEquals(Language.ES, storedCustomer.language());
        assertTrue(storedCustomer.consentSms());
        assertFalse(storedCustomer.consentEmail());

        var storedCard = accounts.findByExternalId("IT-A1-" + run).orElseThrow();
        assertEquals(cardId, storedCard.id());
        assertEquals(mxn("30000.00"), storedCard.creditLimit());
        assertEquals(LocalDate.parse("2023-05-01"), storedCard.openedOn());
        assertEquals(mxn("149.75"), storedCard.balance());
        assertEquals(33, storedCard.lastDaysPastDue());
        assertEquals(AgingBucket.DPD_30_59, storedCard.lastBucket());
        assertEquals(Optional.of(BUSINESS_DATE), storedCard.agedOn());
        assertEquals(33, storedCard.daysPastDue(BUSINESS_DATE, TOLERANCE, List.of()));
        assertEquals(
                LocalDate.parse("2024-02-29"),
                accounts.find(loanId).orElseThrow().openedOn());
        assertEquals(
                List.of(cardId, loanId),
                accounts.ofCustomer(customerId).stream().map(Account::id).toList());

        var bills = accounts.billsOf(cardId);
        assertEquals(
                List.of("IT-B1-" + run, "IT-B2-" + run),
                bills.stream().map(Bill::externalId).toList());
        assertEquals(mxn("100.00"), bills.get(0).amountPaid());
        assertEquals(mxn("50.25"), bills.get(1).amountPaid());
        assertEquals(mxn("149.75"), bills.get(1).unpaid());

        var storedPayment = accounts.findPaymentByExternalId("IT-P1-" + run).orElseThrow();
        assertEquals(
                List.of(storedPayment.id()),
                accounts.paymentsOf(cardId).stream().map(Payment::id).toList());
        assertEquals(mxn("150.25"), storedPayment.amount());
        assertEquals(mxn("0.00"), storedPayment.unallocated());
        assertEquals(2, storedPayment.allocations().size());
        assertEquals(january.id(), storedPayment.allocations().get(0).bill().id());
        assertEquals(mxn("100.00"), storedPayment.allocations().get(0).amount());
        assertEquals(february.id(), storedPayment.allocations().get(1).bill().id());
        assertEquals(mxn("50.25"), storedPayment.allocations().get(1).amount());

        var moves = bucketMoves.ofAccount(cardId);
        assertEquals(1, moves.size());
        assertEquals(AgingBucket.CURRENT, moves.get(0).fromBucket());
        assertEquals(AgingBucket.DPD_30_59, moves.get(0).toBucket());
        assertEquals(customerId, moves.get(0).customerId());

        var storedCase = cases.find(caseId).orElseThrow();
        assertEquals(CaseStatus.OPEN, storedCase.status());
        assertEquals(AgingBucket.DPD_30_59, storedCase.bucket());
        assertEquals(Optional.of(Objective.IDENTIFY_BARRIERS), storedCase.objective());
        assertEquals(0, new BigDecimal("900000.1234").compareTo(storedCase.priorityScore()));
        assertEquals(
                List.of("DAYS_PAST_DUE", "BALANCE"),
                storedCase.priorityParts().stream().map(PriorityPart::name).toList());
        assertEquals(2, storedCase.accounts().size());
        assertTrue(storedCase.isAssignedTo(agentId));
        assertEquals(Optional.of(contactAt), storedCase.lastContactAt());
        assertEquals(Optional.of(callbackAt), storedCase.nextCallbackAt());
        assertEquals(Optional.of(storedCase.id()), cases.openCaseOf(customerId).map(CollectionCase::id));

        assertEquals(
                List.of(caseId),
                cases.worklist(agentId, 0, 10).stream().map(CollectionCase::id).toList());
        assertEquals(1L, cases.countWorklist(agentId));
        assertTrue(cases.worklist(agentId, 1, 10).isEmpty(), "the second page is empty");
        assertTrue(cases.countOpenInBucket(AgingBucket.DPD_30_59) >= 1);
        assertTrue(cases.openInBucket(AgingBucket.DPD_30_59, 0, 50).stream().anyMatch(c -> c.id() == caseId));

        var storedContact = contacts.find(contactId).orElseThrow();
        assertEquals(contactAt, storedContact.contactAt());
        assertEquals(Optional.of(callbackAt), storedContact.callbackAt());
        assertEquals(customerId, storedContact.customerId());
        assertEquals(Optional.of(cardId), storedContact.accountId());
        assertEquals(Optional.of(DelayReason.INCOME_LOSS), storedContact.delayReason());
        assertEquals("Notas ñ", storedContact.notes());
        assertEquals(2, storedContact.talkingPointsCovered().size());
        assertEquals(
                List.of(contactId),
                contacts.ofCustomer(customerId, contactAt, contactAt.plusSeconds(1)).stream()
                        .map(Contact::id)
                        .toList());
        assertTrue(contacts.ofCustomer(customerId, contactAt.plusNanos(1000), callbackAt)
                .isEmpty());
        assertEquals(1, contacts.ofAgent(agentId, contactAt, callbackAt).size());

        assertEquals(
                List.of(PausePeriod.openFrom(LocalDate.parse("2026-03-01"))),
                restrictions.pausesOf(customerId, loanId));
        assertTrue(restrictions.pausesOf(customerId, cardId).isEmpty(), "the dispute is on the loan only");
        assertEquals(1, restrictions.activeOn(customerId, BUSINESS_DATE).size());
        assertTrue(
                restrictions.activeOn(customerId, LocalDate.parse("2026-02-28")).isEmpty());
        assertEquals(contactAt, restrictions.ofCustomer(customerId).get(0).recordedAt());

        var promise = promises.openDueOn(LocalDate.parse("2026-03-20")).stream()
                .filter(p -> p.account().id() == cardId)
                .findFirst()
                .orElseThrow();
        assertEquals(mxn("149.75"), promise.amount());
        assertEquals(mxn("0.00"), promise.amountPaid());
        assertEquals(contactAt, promise.madeAt());
        assertEquals(BUSINESS_DATE, promise.madeOn());
        assertEquals(1, promises.ofCase(caseId).size());

        var storedArrangement = arrangements.find(arrangementId).orElseThrow();
        assertEquals(ArrangementStatus.ACTIVE, storedArrangement.status());
        assertEquals(mxn("285.00"), storedArrangement.totalAfterDiscount());
        assertEquals(0, new BigDecimal("5").compareTo(storedArrangement.discountPercent()));
        assertEquals(Optional.of(decidedAt), storedArrangement.decidedAt());
        assertEquals(
                List.of(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-31")),
                storedArrangement.instalments().stream().map(i -> i.dueOn()).toList());
        assertEquals(
                List.of(mxn("90.00"), mxn("90.00"), mxn("90.00")),
                storedArrangement.instalments().stream().map(i -> i.amount()).toList());
        assertTrue(arrangements.instalmentsDueOn(LocalDate.parse("2026-04-30")).stream()
                .anyMatch(i -> i.arrangement().id() == arrangementId && i.number() == 2));
        tx.commit();
    }

    @Test
    void the_database_keeps_one_open_case_per_client() throws Exception {
        long customerId = storeClientWithCase("one").customerId();

        tx.begin();
        var customer = customers.find(customerId).orElseThrow();
        var account = accounts.ofCustomer(customerId).get(0);
        jpa.em().persist(CollectionCase.open(customer, List.of(account), BUSINESS_DATE));
        assertThrows(PersistenceException.class, () -> jpa.em().flush());
        tx.rollback();

        tx.begin();
        var first = cases.openCaseOf(customerId).orElseThrow();
        first.close(CloseReason.CURED, BUSINESS_DATE.plusDays(1));
        jpa.em().flush();
        cases.add(CollectionCase.open(
                customer(customerId), List.of(accounts.ofCustomer(customerId).get(0)), BUSINESS_DATE.plusDays(2)));
        tx.commit();
    }

    @Test
    void a_change_on_a_stale_case_fails_with_an_optimistic_lock_conflict() throws Exception {
        long caseId = storeClientWithCase("lock").caseId();

        tx.begin();
        var mine = cases.find(caseId).orElseThrow();
        long versionRead = mine.version();
        jpa.escalateConcurrently(caseId, "supervisor escalated meanwhile");
        mine.assignTo(agentId, teamId);
        var conflict = assertThrows(PersistenceException.class, () -> jpa.em().flush());
        assertInstanceOf(OptimisticLockException.class, conflict);
        tx.rollback();

        tx.begin();
        var stored = cases.find(caseId).orElseThrow();
        assertTrue(stored.escalated());
        assertFalse(stored.isAssignedTo(agentId), "the stale change was not written");
        assertEquals(versionRead + 1, stored.version(), "only the concurrent change was written");
        tx.commit();
    }

    private record Stored(long customerId, long caseId) {}

    private Customer customer(long id) {
        return customers.find(id).orElseThrow();
    }

    private Stored storeClientWithCase(String tag) throws Exception {
        tx.begin();
        var customer = customers.add(new Customer(
                "IT-" + tag + "-C-" + run,
                new CustomerDetails(
                        "Cliente " + tag,
                        null,
                        null,
                        null,
                        ZoneId.of("America/Bogota"),
                        Language.ES,
                        Jurisdiction.CO,
                        false,
                        false)));
        var account = new Account(
                "IT-" + tag + "-A-" + run,
                customer,
                Product.OVERDRAFT,
                "COP",
                LocalDate.parse("2025-01-01"),
                Money.of("1000000", "COP"));
        account.addBill("IT-" + tag + "-B-" + run, BUSINESS_DATE.minusDays(95), Money.of("250000", "COP"));
        accounts.add(account);
        account.age(BUSINESS_DATE, Money.of("1", "COP"), List.of());
        var kase = cases.add(CollectionCase.open(customer, List.of(account), BUSINESS_DATE));
        jpa.em().flush();
        var stored = new Stored(customer.id(), kase.id());
        tx.commit();
        return stored;
    }
}

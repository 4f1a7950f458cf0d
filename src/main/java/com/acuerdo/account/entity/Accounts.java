package com.acuerdo.account.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByExternalId(String externalId) {
        return em.createQuery("select a from Account a where a.externalId = :externalId", Account.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public List<Account> ofCustomer(long customerId) {
        return em.createQuery(
                        "select a from Account a where a.customer.id = :customerId order by a.openedOn, a.id",
                        Account.class)
                .setParameter("customerId", customerId)
                .getResultList();
    }

    public Optional<Bill> findBillByExternalId(String externalId) {
        return em.createQuery("select b from Bill b where b.externalId = :externalId", Bill.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public List<Bill> billsOf(long accountId) {
        return em.createQuery(
                        "select b from Bill b where b.account.id = :accountId order by b.dueDate, b.id", Bill.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    /** A payment id is posted once: the import asks before posting. */
    public Optional<Payment> findPaymentByExternalId(String externalId) {
        return em.createQuery("select p from Payment p where p.externalId = :externalId", Payment.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public List<Payment> paymentsOf(long accountId) {
        return em.createQuery(
                        "select p from Payment p where p.account.id = :accountId order by p.paidOn desc, p.id desc",
                        Payment.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }

    public Account add(Account account) {
        em.persist(account);
        return account;
    }

    public Payment add(Payment payment) {
        em.persist(payment);
        return payment;
    }
}

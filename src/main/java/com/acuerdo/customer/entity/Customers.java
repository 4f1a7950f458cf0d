package com.acuerdo.customer.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class Customers {

    @PersistenceContext
    EntityManager em;

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    public Optional<Customer> findByExternalId(String externalId) {
        return em.createQuery("select c from Customer c where c.externalId = :externalId", Customer.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst();
    }

    public Customer add(Customer customer) {
        em.persist(customer);
        return customer;
    }
}

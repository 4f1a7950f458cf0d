package com.acuerdo.intake.batch;

import com.acuerdo.customer.entity.Customer;
import com.acuerdo.intake.control.ImportRow.CustomerRow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inserts new clients and updates known ones, reading the chunk's known clients in one query. */
@Dependent
class CustomerLoader {

    @PersistenceContext
    EntityManager em;

    LoadResult load(List<CustomerRow> rows) {
        var result = new LoadResult();
        if (rows.isEmpty()) {
            return result;
        }
        var known = new HashMap<String, Customer>();
        em.createQuery("select c from Customer c where c.externalId in :ids", Customer.class)
                .setParameter(
                        "ids",
                        rows.stream().map(CustomerRow::customerId).distinct().toList())
                .getResultList()
                .forEach(c -> known.put(c.externalId(), c));
        for (var row : rows) {
            load(row, known, result);
        }
        return result;
    }

    private void load(CustomerRow row, Map<String, Customer> known, LoadResult result) {
        var customer = known.get(row.customerId());
        if (customer != null) {
            result.changed(customer.updateFrom(row.details()));
            return;
        }
        customer = new Customer(row.customerId(), row.details());
        em.persist(customer);
        known.put(row.customerId(), customer);
        result.inserted++;
    }
}

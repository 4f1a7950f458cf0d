package com.acuerdo.account.entity;

import static com.acuerdo.testing.Portfolio.mxn;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.testing.Portfolio;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillTest {

    @ParameterizedTest(name = "paid {0} of 100.00 -> unpaid {1}, settled {2}")
    @CsvSource({
        "0.00, 100.00, false",
        "98.99, 1.01, false",
        "99.00, 1.00, false",
        "99.01, 0.99, true",
        "100.00, 0.00, true"
    })
    void settled_when_unpaid_is_below_the_tolerance(String paid, String unpaid, boolean settled) {
        var account = Portfolio.account(Portfolio.customer());
        var bill = account.addBill("B-1", LocalDate.parse("2026-01-10"), mxn("100.00"));
        if (!mxn(paid).isZero()) {
            account.applyPayment(new Payment("P-1", account, LocalDate.parse("2026-01-09"), mxn(paid), "APP"));
        }

        assertThat(bill.unpaid()).isEqualTo(mxn(unpaid));
        assertThat(bill.isSettled(mxn("1.00"))).isEqualTo(settled);
        assertThat(bill.amountPaid()).isEqualTo(mxn(paid));
    }
}

package com.acuerdo.arrangement.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.platform.money.Money;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstalmentPaymentsTest {

    private static Money mxn(String amount) {
        return Money.of(amount, "MXN");
    }

    @ParameterizedTest(name = "paid {0} -> {1} / {2} / {3}")
    @CsvSource({
        "0.00, 0.00, 0.00, 0.00",
        "300.00, 0.00, 0.00, 0.00", // the down payment only
        "450.00, 150.00, 0.00, 0.00", // part of the first instalment
        "900.00, 600.00, 0.00, 0.00",
        "1000.00, 600.00, 100.00, 0.00", // early money counts for the next one
        "2100.00, 600.00, 600.00, 600.00",
        "5000.00, 600.00, 600.00, 600.00" // overpayment: no instalment takes more than its amount
    })
    void the_down_payment_first_then_instalments_in_order(String paid, String first, String second, String third) {
        var shares = InstalmentPayments.share(
                mxn(paid), mxn("300.00"), List.of(mxn("600.00"), mxn("600.00"), mxn("600.00")));

        assertThat(shares).containsExactly(mxn(first), mxn(second), mxn(third));
    }
}

package com.acuerdo.casework.control;

import static com.acuerdo.casework.control.PaymentMethod.ACCOUNT_DEPOSIT;
import static com.acuerdo.casework.control.PaymentMethod.BANK_TRANSFER;
import static com.acuerdo.casework.control.PaymentMethod.BRANCH;
import static com.acuerdo.casework.control.PaymentMethod.CASH_AT_STORES;
import static com.acuerdo.casework.control.PaymentMethod.CHECK_BY_MAIL;
import static com.acuerdo.casework.control.PaymentMethod.DEBIT_CARD;
import static com.acuerdo.casework.control.PaymentMethod.DIRECT_DEBIT;
import static com.acuerdo.casework.control.PaymentMethod.ONLINE_BANKING;
import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.customer.entity.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentMethodsTest {

    @ParameterizedTest
    @EnumSource(Product.class)
    void transfer_online_banking_and_a_branch_are_open_everywhere(Product product) {
        for (var jurisdiction : Jurisdiction.values()) {
            assertThat(PaymentMethods.openTo(product, jurisdiction)).contains(BANK_TRANSFER, ONLINE_BANKING, BRANCH);
        }
    }

    @Test
    void a_credit_card_in_mexico_can_also_be_paid_by_card_direct_debit_and_cash_at_stores() {
        assertThat(PaymentMethods.openTo(Product.CREDIT_CARD, Jurisdiction.MX))
                .containsExactly(BANK_TRANSFER, ONLINE_BANKING, DEBIT_CARD, BRANCH, DIRECT_DEBIT, CASH_AT_STORES);
    }

    @Test
    void a_mortgage_is_not_paid_by_card() {
        assertThat(PaymentMethods.openTo(Product.MORTGAGE, Jurisdiction.CL))
                .doesNotContain(DEBIT_CARD)
                .contains(DIRECT_DEBIT);
    }

    @Test
    void an_overdraft_is_covered_by_a_deposit_into_the_account_not_by_direct_debit() {
        assertThat(PaymentMethods.openTo(Product.OVERDRAFT, Jurisdiction.CO))
                .contains(ACCOUNT_DEPOSIT, CASH_AT_STORES)
                .doesNotContain(DIRECT_DEBIT);
    }

    @Test
    void only_the_us_takes_a_check_by_mail_and_has_no_store_network() {
        assertThat(PaymentMethods.openTo(Product.PERSONAL_LOAN, Jurisdiction.US))
                .contains(CHECK_BY_MAIL)
                .doesNotContain(CASH_AT_STORES);
        assertThat(PaymentMethods.openTo(Product.PERSONAL_LOAN, Jurisdiction.DEFAULT))
                .doesNotContain(CHECK_BY_MAIL, CASH_AT_STORES);
    }
}

package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Product;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.intake.control.ImportRow.AccountRow;
import com.acuerdo.intake.control.ImportRow.BillRow;
import com.acuerdo.intake.control.ImportRow.CustomerRow;
import com.acuerdo.intake.control.ImportRow.PaymentRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import com.acuerdo.intake.entity.ImportKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowRulesTest {

    private static final String[] CUSTOMER = {
        "C-1",
        "Ana Gómez",
        "GODE561231",
        "ana@example.com",
        "+525512345678",
        "America/Mexico_City",
        "es",
        "MX",
        "true",
        "false"
    };
    private static final String[] ACCOUNT = {"A-1", "C-1", "CREDIT_CARD", "MXN", "2024-01-15", "20000.00"};
    private static final String[] BILL = {"B-1", "A-1", "2026-03-01", "1500.50"};
    private static final String[] PAYMENT = {"P-1", "A-1", "2026-03-02", "700.00", "BRANCH"};

    private static ImportRow check(ImportKind kind, String[] values) {
        return RowRules.check(kind, new CsvRow(7, Arrays.asList(values)));
    }

    /** The good row with one column replaced. */
    private static ImportRow checkWith(ImportKind kind, String[] good, String column, String value) {
        var values = good.clone();
        values[kind.columns().indexOf(column)] = value;
        return check(kind, values);
    }

    private static String reason(ImportRow row) {
        assertThat(row).isInstanceOf(Rejected.class);
        var rejected = (Rejected) row;
        assertThat(rejected.line()).isEqualTo(7);
        return rejected.reason();
    }

    @Test
    void a_good_customer_row_is_read_with_every_value() {
        var row = (CustomerRow) check(ImportKind.CUSTOMERS, CUSTOMER);
        assertThat(row.customerId()).isEqualTo("C-1");
        assertThat(row.details().fullName()).isEqualTo("Ana Gómez");
        assertThat(row.details().timeZone().getId()).isEqualTo("America/Mexico_City");
        assertThat(row.details().language()).isEqualTo(Language.ES);
        assertThat(row.details().jurisdiction()).isEqualTo(Jurisdiction.MX);
        assertThat(row.details().consentSms()).isTrue();
        assertThat(row.details().consentEmail()).isFalse();
    }

    @Test
    void optional_customer_columns_may_be_empty() {
        var values = CUSTOMER.clone();
        values[2] = "";
        values[3] = "";
        values[4] = "";
        var row = (CustomerRow) check(ImportKind.CUSTOMERS, values);
        assertThat(row.details().email()).isNull();
        assertThat(row.details().phone()).isNull();
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "customer_id|''|customer_id: missing",
                "customer_id|C 1|customer_id: 'C 1' contains spaces",
                "customer_id|"
                        + "X12345678901234567890123456789012345678901234567890123456789012345|customer_id: longer than 64",
                "full_name|''|full_name: missing",
                "email|ana-at-example.com|email: 'ana-at-example.com' is not an e-mail address",
                "phone|call me|phone: 'call me' is not a telephone number",
                "time_zone|Mexico City|time_zone: 'Mexico City' is not an IANA time zone",
                "time_zone|GMT+25|time_zone: 'GMT+25' is not an IANA time zone",
                "time_zone|''|time_zone: missing",
                "language|fr|language: 'fr' is not one of es, en",
                "language|ES|language: 'ES' is not one of es, en",
                "jurisdiction|AR|jurisdiction: 'AR' is not one of US, MX, CO, CL, DEFAULT",
                "jurisdiction|mx|jurisdiction: 'mx' is not one of",
                "consent_sms|yes|consent_sms: 'yes' is not true or false",
                "consent_sms|TRUE|consent_sms: 'TRUE' is not true or false",
                "consent_email|''|consent_email: missing (true or false)",
            })
    void every_bad_customer_value_is_named_with_its_column(String column, String value, String expected) {
        assertThat(reason(checkWith(ImportKind.CUSTOMERS, CUSTOMER, column, value)))
                .contains(expected);
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "account_id|''|account_id: missing",
                "customer_id|''|customer_id: missing",
                "product|CAR_LOAN|product: 'CAR_LOAN' is not one of CREDIT_CARD, PERSONAL_LOAN, AUTO_LOAN, MORTGAGE, OVERDRAFT",
                "currency|XXY|currency: 'XXY' is not an ISO 4217 currency code",
                "currency|mxn|currency: 'mxn' is not an ISO 4217",
                "opened_on|15/01/2024|opened_on: '15/01/2024' is not a date YYYY-MM-DD",
                "opened_on|2023-02-29|opened_on: '2023-02-29' is not a date",
                "opened_on|2024-1-15|opened_on: '2024-1-15' is not a date",
                "credit_limit|20,000.00|credit_limit: '20,000.00' is not an amount",
                "credit_limit|1e4|credit_limit: '1e4' is not an amount",
                "credit_limit|-1.00|credit_limit: '-1.00' must be zero or more",
                "credit_limit|100.123|credit_limit: '100.123' has more decimals than MXN allows (2)",
                "credit_limit|1234567890123456|credit_limit: '1234567890123456' is too large",
            })
    void every_bad_account_value_is_named_with_its_column(String column, String value, String expected) {
        assertThat(reason(checkWith(ImportKind.ACCOUNTS, ACCOUNT, column, value)))
                .contains(expected);
    }

    @Test
    void a_currency_without_decimals_refuses_any_decimals_but_trailing_zeros() {
        var clp = ACCOUNT.clone();
        clp[3] = "CLP";
        clp[5] = "150000.5";
        assertThat(reason(check(ImportKind.ACCOUNTS, clp))).contains("has more decimals than CLP allows (0)");
        clp[5] = "150000.00";
        assertThat(check(ImportKind.ACCOUNTS, clp)).isInstanceOf(AccountRow.class);
    }

    @Test
    void a_good_account_row_is_read() {
        var row = (AccountRow) check(ImportKind.ACCOUNTS, ACCOUNT);
        assertThat(row.product()).isEqualTo(Product.CREDIT_CARD);
        assertThat(row.openedOn()).isEqualTo(LocalDate.parse("2024-01-15"));
        assertThat(row.creditLimit()).isEqualByComparingTo("20000");
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "bill_id|''|bill_id: missing",
                "account_id|''|account_id: missing",
                "due_date|2026-13-01|due_date: '2026-13-01' is not a date",
                "due_date|''|due_date: missing",
                "amount_due|0|amount_due: '0' must be greater than zero",
                "amount_due|-5.00|amount_due: '-5.00' must be greater than zero",
                "amount_due|12,50|amount_due: '12,50' is not an amount",
                "amount_due|abc|amount_due: 'abc' is not an amount",
            })
    void every_bad_bill_value_is_named_with_its_column(String column, String value, String expected) {
        assertThat(reason(checkWith(ImportKind.BILLS, BILL, column, value))).contains(expected);
    }

    @ParameterizedTest(name = "{0} = [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "payment_id|''|payment_id: missing",
                "account_id|A 1|account_id: 'A 1' contains spaces",
                "paid_on|2026-02-30|paid_on: '2026-02-30' is not a date",
                "amount|0.00|amount: '0.00' must be greater than zero",
                "amount|$700|amount: '$700' is not an amount",
                "channel|" + "123456789012345678901234567890123|channel: longer than 32",
            })
    void every_bad_payment_value_is_named_with_its_column(String column, String value, String expected) {
        assertThat(reason(checkWith(ImportKind.PAYMENTS, PAYMENT, column, value)))
                .contains(expected);
    }

    @Test
    void good_bill_and_payment_rows_are_read_and_a_leap_day_is_a_date() {
        var bill = (BillRow) checkWith(ImportKind.BILLS, BILL, "due_date", "2028-02-29");
        assertThat(bill.dueDate()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(bill.amountDue()).isEqualByComparingTo("1500.50");
        var payment = (PaymentRow) check(ImportKind.PAYMENTS, PAYMENT);
        assertThat(payment.channel()).isEqualTo("BRANCH");
        assertThat(payment.amount()).isEqualByComparingTo(new BigDecimal("700"));
    }

    @Test
    void surrounding_spaces_are_ignored() {
        var row = (BillRow) checkWith(ImportKind.BILLS, BILL, "amount_due", " 10.00 ");
        assertThat(row.amountDue()).isEqualByComparingTo("10");
    }

    @Test
    void every_problem_of_a_row_is_reported_at_once() {
        var values = BILL.clone();
        values[2] = "tomorrow";
        values[3] = "-1";
        assertThat(reason(check(ImportKind.BILLS, values)))
                .contains("due_date: 'tomorrow' is not a date")
                .contains("; amount_due: '-1' must be greater than zero");
    }

    @Test
    void a_row_with_too_few_or_too_many_columns_is_rejected() {
        var fewer = new ArrayList<>(Arrays.asList(BILL));
        fewer.remove(3);
        assertThat(reason(RowRules.check(ImportKind.BILLS, new CsvRow(7, fewer))))
                .isEqualTo("expected 4 columns (bill_id,account_id,due_date,amount_due), found 3");
        var more = new ArrayList<>(Arrays.asList(BILL));
        more.add("extra");
        assertThat(reason(RowRules.check(ImportKind.BILLS, new CsvRow(7, more))))
                .contains("found 5");
    }

    @Test
    void a_rejected_row_keeps_the_raw_row_for_the_download() {
        var rejected = (Rejected) checkWith(ImportKind.BILLS, BILL, "amount_due", "1,5");
        assertThat(rejected.raw()).isEqualTo("B-1,A-1,2026-03-01,\"1,5\"");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "-",
                "0",
                "7",
                "-1",
                "1.",
                ".5",
                "1.5",
                "-1.50",
                "1.5.5",
                "1e3",
                "+1",
                "12a",
                " 1",
                "1 ",
                "--1",
                "1..2",
                "\u0661\u0662",
                "12345678901234567890.123",
                "-.5",
                "0.0"
            })
    void the_amount_check_accepts_exactly_what_its_pattern_describes(String text) {
        assertThat(RowRules.plainDecimal(text))
                .isEqualTo(Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(text).matches());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "", "A1", "A 1", "A\t1", "A\n1", "\r", "A\u007F", "A\u0085", "A\u00A0", "A\u2003", "\u001F", "Ñandú-7"
            })
    void the_control_and_space_checks_find_what_their_patterns_find(String text) {
        assertThat(RowRules.hasAny(text, false))
                .isEqualTo(Pattern.compile("\\p{Cntrl}").matcher(text).find());
        assertThat(RowRules.hasAny(text, true))
                .isEqualTo(Pattern.compile("\\p{Cntrl}").matcher(text).find()
                        || text.chars().anyMatch(Character::isWhitespace));
    }
}

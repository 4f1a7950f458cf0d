package com.acuerdo.intake.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.intake.control.ImportRow.AccountRow;
import com.acuerdo.intake.control.ImportRow.BillRow;
import com.acuerdo.intake.control.ImportRow.CustomerRow;
import com.acuerdo.intake.control.ImportRow.PaymentRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.platform.money.MinorUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks a row passes on its own (types, formats, enums, lengths, decimals of a currency in the
 * same row). References to other rows (customer, account) and the decimals of an account's currency
 * are checked when the row is loaded. Every problem of a row is reported at once.
 */
public final class RowRules {

    /** NUMERIC(19,4): at most 15 digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 15;

    private static final int MAX_ID = 64;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{3,31}");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private RowRules() {}

    public static ImportRow check(ImportKind kind, CsvRow row) {
        if (row.values().size() != kind.columns().size()) {
            return new Rejected(
                    row.line(),
                    row.raw(),
                    "expected " + kind.columns().size() + " columns (" + String.join(",", kind.columns()) + "), found "
                            + row.values().size());
        }
        var fields = new Fields(kind, row);
        var parsed =
                switch (kind) {
                    case CUSTOMERS -> customer(fields, row);
                    case ACCOUNTS -> account(fields, row);
                    case BILLS -> bill(fields, row);
                    case PAYMENTS -> payment(fields, row);
                };
        return fields.problems.isEmpty()
                ? parsed
                : new Rejected(row.line(), row.raw(), String.join("; ", fields.problems));
    }

    private static ImportRow customer(Fields f, CsvRow row) {
        var id = f.id("customer_id");
        var name = f.text("full_name", 200, true);
        var nationalId = f.text("national_id", 64, false);
        var email = f.matching("email", 254, EMAIL, "an e-mail address such as ana@example.com");
        var phone = f.matching("phone", 32, PHONE, "a telephone number such as +525512345678");
        var zone = f.zone("time_zone");
        var language = f.language("language");
        var jurisdiction = f.choice("jurisdiction", Jurisdiction.class);
        var sms = f.bool("consent_sms");
        var mail = f.bool("consent_email");
        if (!f.problems.isEmpty()) {
            return null;
        }
        return new CustomerRow(
                row, id, new CustomerDetails(name, nationalId, email, phone, zone, language, jurisdiction, sms, mail));
    }

    private static ImportRow account(Fields f, CsvRow row) {
        var id = f.id("account_id");
        var customerId = f.id("customer_id");
        var product = f.choice("product", Product.class);
        var currency = f.currency("currency");
        var openedOn = f.date("opened_on");
        var limit = f.amount("credit_limit", false);
        if (limit != null && currency != null && !MinorUnits.fits(limit, currency)) {
            f.problem(
                    "credit_limit",
                    "'" + f.value("credit_limit") + "' has more decimals than " + currency + " allows ("
                            + MinorUnits.of(currency) + ")");
        }
        if (!f.problems.isEmpty()) {
            return null;
        }
        return new AccountRow(row, id, customerId, product, currency, openedOn, limit);
    }

    private static ImportRow bill(Fields f, CsvRow row) {
        var id = f.id("bill_id");
        var accountId = f.id("account_id");
        var dueDate = f.date("due_date");
        var amount = f.amount("amount_due", true);
        if (!f.problems.isEmpty()) {
            return null;
        }
        return new BillRow(row, id, accountId, dueDate, amount);
    }

    private static ImportRow payment(Fields f, CsvRow row) {
        var id = f.id("payment_id");
        var accountId = f.id("account_id");
        var paidOn = f.date("paid_on");
        var amount = f.amount("amount", true);
        var channel = f.text("channel", 32, false);
        if (!f.problems.isEmpty()) {
            return null;
        }
        return new PaymentRow(row, id, accountId, paidOn, amount, channel);
    }

    /** Decimals of an amount against a currency known only when the row is loaded (bills, payments). */
    public static boolean fitsCurrency(BigDecimal amount, String currency) {
        return MinorUnits.fits(amount, currency);
    }

    /** Reads the named columns of one row and collects every problem with the column's name. */
    private static final class Fields {
        private final ImportKind kind;
        private final CsvRow row;
        private final List<String> problems = new ArrayList<>();

        Fields(ImportKind kind, CsvRow row) {
            this.kind = kind;
            this.row = row;
        }

        String value(String column) {
            return row.values().get(kind.columns().indexOf(column)).strip();
        }

        void problem(String column, String what) {
            problems.add(column + ": " + what);
        }

        private boolean missing(String column) {
            if (value(column).isEmpty()) {
                problem(column, "missing");
                return true;
            }
            return false;
        }

        String id(String column) {
            if (missing(column)) {
                return null;
            }
            var id = value(column);
            if (id.length() > MAX_ID) {
                problem(column, "longer than " + MAX_ID + " characters");
                return null;
            }
            if (hasAny(id, true)) {
                problem(column, "'" + id + "' contains spaces or control characters");
                return null;
            }
            return id;
        }

        String text(String column, int max, boolean required) {
            var text = value(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(column, "missing");
                }
                return null;
            }
            if (text.length() > max) {
                problem(column, "longer than " + max + " characters");
                return null;
            }
            if (hasAny(text, false)) {
                problem(column, "contains control characters (line breaks, tabs)");
                return null;
            }
            return text;
        }

        String matching(String column, int max, Pattern pattern, String expected) {
            var text = text(column, max, false);
            if (text != null && !pattern.matcher(text).matches()) {
                problem(column, "'" + text + "' is not " + expected);
                return null;
            }
            return text;
        }

        ZoneId zone(String column) {
            if (missing(column)) {
                return null;
            }
            var id = value(column);
            if (!ZONES.contains(id)) {
                problem(column, "'" + id + "' is not an IANA time zone such as America/Mexico_City");
                return null;
            }
            return ZoneId.of(id);
        }

        Language language(String column) {
            if (missing(column)) {
                return null;
            }
            for (var language : Language.values()) {
                if (language.code().equals(value(column))) {
                    return language;
                }
            }
            problem(column, "'" + value(column) + "' is not one of es, en");
            return null;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            if (missing(column)) {
                return null;
            }
            var text = value(column);
            for (var constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            problem(
                    column,
                    "'" + text + "' is not one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
            return null;
        }

        boolean bool(String column) {
            var text = value(column);
            if (text.equals("true")) {
                return true;
            }
            if (!text.equals("false")) {
                problem(column, text.isEmpty() ? "missing (true or false)" : "'" + text + "' is not true or false");
            }
            return false;
        }

        String currency(String column) {
            if (missing(column)) {
                return null;
            }
            var code = value(column);
            if (code.matches("[A-Z]{3}")) {
                try {
                    return Currency.getInstance(code).getCurrencyCode();
                } catch (IllegalArgumentException unknown) {
                    // reported below
                }
            }
            problem(column, "'" + code + "' is not an ISO 4217 currency code such as MXN");
            return null;
        }

        LocalDate date(String column) {
            if (missing(column)) {
                return null;
            }
            var text = value(column);
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                problem(column, "'" + text + "' is not a date YYYY-MM-DD");
                return null;
            }
        }

        /** A plain decimal with '.' (no sign for amounts, no exponent, no thousands separator). */
        BigDecimal amount(String column, boolean positive) {
            if (missing(column)) {
                return null;
            }
            var text = value(column);
            if (!plainDecimal(text)) {
                problem(column, "'" + text + "' is not an amount such as 1234.50 ('.' as the decimal separator)");
                return null;
            }
            var amount = new BigDecimal(text);
            if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
                problem(column, "'" + text + "' must be " + (positive ? "greater than zero" : "zero or more"));
                return null;
            }
            if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
                problem(column, "'" + text + "' is too large");
                return null;
            }
            return amount;
        }
    }

    // The checks below run on every value of a million-row file: loops, not regular expressions.

    /** ASCII control characters (as {@code \\p{Cntrl}}: line breaks, tabs…) and, if asked, whitespace. */
    static boolean hasAny(String text, boolean whitespace) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || (whitespace && Character.isWhitespace(c))) {
                return true;
            }
        }
        return false;
    }

    /** {@code -?[0-9]+(\\.[0-9]+)?}: digits, a '.' with digits after it, a leading minus. */
    static boolean plainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i++) != '.') {
            return false;
        }
        int decimals = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == text.length();
    }
}

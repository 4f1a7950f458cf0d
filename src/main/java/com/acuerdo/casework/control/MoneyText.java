package com.acuerdo.casework.control;

import com.acuerdo.platform.money.Money;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an amount reads on screen: the ISO code, then the amount with the currency's decimals and the
 * language's separators ("MXN 1.500,00" in Spanish, "MXN 1,500.00" in English). The code, not a
 * symbol, because "$" is both pesos and dollars.
 */
public final class MoneyText {

    private MoneyText() {}

    public static String format(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        var digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        var number = NumberFormat.getNumberInstance(locale);
        number.setGroupingUsed(true);
        number.setMinimumFractionDigits(Math.max(digits, 0));
        number.setMaximumFractionDigits(Math.max(digits, 0));
        return money.currency() + " " + number.format(money.amount());
    }

    /** Amounts in several currencies (a client with a peso and a dollar account), by currency code. */
    public static String format(Collection<Money> amounts, Locale locale) {
        return amounts.stream()
                .sorted(Comparator.comparing(Money::currency))
                .map(money -> format(money, locale))
                .collect(Collectors.joining(" · "));
    }
}

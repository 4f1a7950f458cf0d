package com.acuerdo.casework.control;

import static com.acuerdo.casework.control.PaymentMethod.ACCOUNT_DEPOSIT;
import static com.acuerdo.casework.control.PaymentMethod.BANK_TRANSFER;
import static com.acuerdo.casework.control.PaymentMethod.BRANCH;
import static com.acuerdo.casework.control.PaymentMethod.CASH_AT_STORES;
import static com.acuerdo.casework.control.PaymentMethod.CHECK_BY_MAIL;
import static com.acuerdo.casework.control.PaymentMethod.DEBIT_CARD;
import static com.acuerdo.casework.control.PaymentMethod.DIRECT_DEBIT;
import static com.acuerdo.casework.control.PaymentMethod.ONLINE_BANKING;

import com.acuerdo.account.entity.Product;
import com.acuerdo.customer.entity.Jurisdiction;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The payment methods open to a client for a product in their jurisdiction: transfer, online banking
 * and a branch everywhere; a debit card except for mortgages (paid from an account); direct debit
 * except for an overdraft, which a deposit into the account itself covers; cash at partner stores
 * where the network exists (MX, CO); a cheque by mail in the US.
 */
public final class PaymentMethods {

    private PaymentMethods() {}

    public static List<PaymentMethod> openTo(Product product, Jurisdiction jurisdiction) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        var methods = EnumSet.of(BANK_TRANSFER, ONLINE_BANKING, BRANCH);
        if (product != Product.MORTGAGE) {
            methods.add(DEBIT_CARD);
        }
        methods.add(product == Product.OVERDRAFT ? ACCOUNT_DEPOSIT : DIRECT_DEBIT);
        if (jurisdiction == Jurisdiction.MX || jurisdiction == Jurisdiction.CO) {
            methods.add(CASH_AT_STORES);
        }
        if (jurisdiction == Jurisdiction.US) {
            methods.add(CHECK_BY_MAIL);
        }
        return List.copyOf(methods);
    }
}

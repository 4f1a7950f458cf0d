package com.acuerdo.intake.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.intake.entity.ImportKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxImportTest {

    @Test
    void files_are_imported_customers_then_accounts_then_bills_then_payments_each_kind_by_name() {
        var files = List.of(
                Path.of("inbox/payments-2026-03-10.csv"),
                Path.of("inbox/bills.csv"),
                Path.of("inbox/customers-b.csv"),
                Path.of("inbox/ACCOUNTS.csv"),
                Path.of("inbox/customers-a.csv"));
        assertThat(InboxImport.ordered(files).stream().map(p -> p.getFileName().toString()))
                .containsExactly(
                        "customers-a.csv", "customers-b.csv", "ACCOUNTS.csv", "bills.csv", "payments-2026-03-10.csv");
    }

    @Test
    void a_file_is_of_the_kind_its_name_starts_with() {
        assertThat(InboxImport.kindOf(Path.of("x/payments.csv"))).contains(ImportKind.PAYMENTS);
        assertThat(InboxImport.kindOf(Path.of("x/Customers_2026.csv"))).contains(ImportKind.CUSTOMERS);
        assertThat(InboxImport.kindOf(Path.of("x/readme.txt"))).isEmpty();
        assertThat(InboxImport.kindOf(Path.of("x/my-payments.csv"))).isEmpty();
    }
}

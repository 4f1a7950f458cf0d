package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.ImportRow.AccountRow;
import com.acuerdo.intake.control.ImportRow.BillRow;
import com.acuerdo.intake.control.ImportRow.CustomerRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import com.acuerdo.intake.entity.ChunkTally;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.intake.entity.ImportLedger;
import com.acuerdo.intake.entity.ImportReject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Loads one chunk of checked customers, accounts or bills, then records its counts and rejects. */
@Dependent
public class ImportChunk {

    @Inject
    CustomerLoader customers;

    @Inject
    AccountLoader accounts;

    @Inject
    BillLoader bills;

    @Inject
    ImportLedger ledger;

    /** Runs in the caller's transaction (the chunk's). */
    public ChunkTally load(long importId, ImportKind kind, List<ImportRow> rows) {
        var rejected = new ArrayList<Rejected>();
        rows.stream()
                .filter(Rejected.class::isInstance)
                .map(Rejected.class::cast)
                .forEach(rejected::add);
        var result =
                switch (kind) {
                    case CUSTOMERS -> customers.load(valid(rows, CustomerRow.class));
                    case ACCOUNTS -> accounts.load(valid(rows, AccountRow.class));
                    case BILLS -> bills.load(valid(rows, BillRow.class));
                        // Payments are staged and posted set-based (PaymentStageWriter, PaymentPost).
                    case PAYMENTS -> throw new IllegalArgumentException("payments are not loaded by chunk");
                };
        rejected.addAll(result.rejects);
        rejected.sort(Comparator.comparingLong(Rejected::line));
        var tally = new ChunkTally(rows.size(), result.inserted, result.updated, result.unchanged, rejected.size());
        ledger.record(
                importId,
                tally,
                rejected.stream()
                        .map(r -> new ImportReject(importId, r.line(), r.reason(), r.raw()))
                        .toList());
        return tally;
    }

    private static <T extends ImportRow> List<T> valid(List<ImportRow> rows, Class<T> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

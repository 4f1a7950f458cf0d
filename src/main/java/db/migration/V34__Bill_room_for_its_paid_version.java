package db.migration;

import com.acuerdo.platform.batch.SequenceIds;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL only: new bill pages are filled to half, so that a bill's paid
 * version fits on its own page. Every bill is written twice in its life, inserted by the bills import
 * and then paid, and the bills of one billing cycle are usually paid in the same night's file: with
 * room on the page, PostgreSQL updates the bill without touching its three indexes (a HOT update), which
 * roughly halves the bill updates of the payments import (README). Existing pages stay as they are; new
 * pages take twice the space. A Java migration because H2 knows no fillfactor.
 */
public class V34__Bill_room_for_its_paid_version extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (SequenceIds.isPostgres(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE bill SET (fillfactor = 50)");
            }
        }
    }
}

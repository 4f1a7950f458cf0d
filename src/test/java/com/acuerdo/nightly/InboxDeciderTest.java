package com.acuerdo.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxDeciderTest {

    @TempDir
    Path folder;

    @Test
    void no_configured_or_missing_inbox_is_skipped() {
        assertThat(InboxDecider.decide(Optional.empty())).isEqualTo(InboxDecider.SKIP);
        assertThat(InboxDecider.decide(Optional.of(folder.resolve("missing")))).isEqualTo(InboxDecider.SKIP);
    }

    @Test
    void an_inbox_with_only_folders_is_skipped() throws Exception {
        Files.createDirectories(folder.resolve("done"));

        assertThat(InboxDecider.decide(Optional.of(folder))).isEqualTo(InboxDecider.SKIP);
    }

    @Test
    void an_inbox_with_a_file_is_imported() throws Exception {
        Files.writeString(folder.resolve("payments-2026-03-10.csv"), "payment_id\n");

        assertThat(InboxDecider.decide(Optional.of(folder))).isEqualTo(InboxDecider.IMPORT);
    }
}

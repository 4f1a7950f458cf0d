package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSenderTest {

    private final FolderSender sender = new FolderSender();

    @Test
    void writes_one_file_per_message_with_its_headers_and_body(@TempDir Path folder) throws Exception {
        var message = new Outgoing(42, Channel.SMS, "+573001112233", Language.ES, "", "Le recordamos su cuota.");

        var file = sender.write(message, folder.resolve("outbox"));

        assertThat(file.getFileName()).hasToString("42-sms.txt");
        assertThat(Files.readString(file))
                .contains("To: +573001112233")
                .contains("Reference: acuerdo-outbox-42")
                .endsWith("\nLe recordamos su cuota.\n");
        try (var files = Files.list(folder.resolve("outbox"))) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void a_message_already_written_is_not_written_again(@TempDir Path folder) throws Exception {
        var first = new Outgoing(7, Channel.EMAIL, "a@b.co", Language.EN, "Hello", "first text");
        var file = sender.write(first, folder);

        sender.write(new Outgoing(7, Channel.EMAIL, "a@b.co", Language.EN, "Hello", "second text"), folder);

        assertThat(Files.readString(file)).contains("first text").doesNotContain("second text");
    }
}

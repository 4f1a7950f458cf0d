package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Delivery to files when a channel has no server configured (the embedded default, letters):
 * one text file per message, {@code <id>-<channel>.txt}, with its headers and body.
 */
@ApplicationScoped
public class FolderSender {

    public Path write(Outgoing message, Path folder) {
        var file = folder.resolve(fileName(message));
        if (Files.exists(file)) {
            return file; // written by an earlier attempt whose outcome was not recorded
        }
        var text = "Channel: " + message.channel() + "\n"
                + "To: " + message.recipient() + "\n"
                + "Language: " + message.language().code() + "\n"
                + "Subject: " + message.subject() + "\n"
                + "Reference: " + message.reference() + "\n"
                + "\n" + message.body() + "\n";
        try {
            Files.createDirectories(folder);
            var partial = Files.createTempFile(folder, "." + message.id() + "-", ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new DeliveryFailed("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    static String fileName(Outgoing message) {
        return message.id() + "-" + message.channel().name().toLowerCase() + ".txt";
    }
}

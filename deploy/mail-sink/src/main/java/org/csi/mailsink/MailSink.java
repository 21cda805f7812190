package org.csi.mailsink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The local run's SMTP server: accepts every message on localhost and writes it to a directory as an .eml file, which
 * any mail program (or a text editor) opens. Usage: {@code MailSink <port> <directory> [<bind address, default
 * 127.0.0.1>]}.
 */
public final class MailSink {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path directory = Path.of(args[1]);
        Files.createDirectories(directory);
        String host = args.length > 2 ? args[2] : "127.0.0.1"; // loopback unless ./csi is told otherwise
        GreenMail smtp = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        System.out.println("Mail sink: SMTP on localhost:" + port + ", messages written to " + directory);
        // GreenMail lists the messages mailbox by mailbox, so a new message to a known recipient appears in the middle
        // of the list, not at its end: what is written is told by Message-ID (every send has its own), not by index.
        Set<String> written = new HashSet<>();
        int index = 0;
        while (true) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String id = message.getMessageID();
                if (written.add(id != null ? id : "#" + System.identityHashCode(message))) {
                    save(directory, index++, message);
                }
            }
            Thread.sleep(50);
        }
    }

    private static void save(Path directory, int index, MimeMessage message) throws Exception {
        String name = LocalDateTime.now().format(STAMP) + "-" + index + ".eml";
        try (OutputStream out = Files.newOutputStream(directory.resolve(name))) {
            message.writeTo(out);
        } catch (IOException e) {
            System.err.println("Cannot write " + name + ": " + e.getMessage());
        }
        System.out.println("Received: " + message.getSubject() + " -> " + name);
    }
}

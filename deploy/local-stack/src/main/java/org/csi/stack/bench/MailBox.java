package org.csi.stack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The .eml files the local run's SMTP sink writes to .csi/mail: counts those addressed to one address. */
final class MailBox {

    private final Path directory = Bench.HOME.resolve("mail");
    private final String address;
    private final Set<String> seen = new HashSet<>();
    private long matching;

    MailBox(String address) {
        this.address = address;
    }

    /** How many messages to the address the sink has written so far (reads only files it has not read before). */
    synchronized long count() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".eml") && seen.add(name)) {
                    String text = Files.readString(f);
                    if (text.contains(address)) {
                        matching++;
                    }
                }
            }
        } catch (Exception e) {
            // a file being written: read again next time
        }
        return matching;
    }
}

package org.csi.notification.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the message for an event from the Qute template of its type, so wording changes need no recompiling. A
 * template is looked up as {@code <type>.txt} (e.g. {@code csi.target.missed.txt}) first in the directory
 * {@code csi.notification.template-dir} (edited files are picked up at the next message), then among the templates
 * packaged in the jar ({@code message-templates/}), then {@code default.txt}. A template renders four parts, each
 * starting with a line {@code ## subject}, {@code ## service-implications}, {@code ## personnel-impact},
 * {@code ## approach}. An operator template that fails or leaves a part empty is logged and the packaged one is used,
 * so a message ALWAYS has its three sections.
 */
@ApplicationScoped
public class MessageComposer {

    private static final Logger LOG = Logger.getLogger(MessageComposer.class);
    private static final String PACKAGED = "message-templates/";
    private static final String[] PARTS = { "subject", "service-implications", "personnel-impact", "approach" };

    private final Engine engine;
    private final Optional<Path> templateDir;
    private final Map<String, CachedTemplate> diskCache = new ConcurrentHashMap<>();
    private final Map<String, Template> packagedCache = new ConcurrentHashMap<>();

    MessageComposer(Engine engine,
            @ConfigProperty(name = "csi.notification.template-dir") Optional<String> templateDir) {
        this.engine = engine;
        this.templateDir = templateDir.filter(d -> !d.isBlank()).map(Path::of);
    }

    /**
     * @param eventType  the ce_type
     * @param event      the event data as a map ({@code event} in templates)
     * @param initiative the initiative's facts, empty when unknown ({@code initiative})
     * @param audience   name and kind of the audience ({@code audience})
     */
    public ComposedMessage compose(String eventType, Map<String, Object> event, Map<String, Object> initiative,
            Map<String, Object> audience) {
        Map<String, Object> data = new HashMap<>();
        data.put("type", eventType);
        data.put("event", event);
        data.put("initiative", initiative);
        data.put("audience", audience);
        Optional<Template> operators = fromDisk(eventType);
        if (operators.isPresent()) {
            try {
                return split(operators.get().data(data).render());
            } catch (RuntimeException e) {
                LOG.warnf("Template %s.txt in %s cannot be used (%s); using the packaged one", eventType,
                        templateDir.get(), e.getMessage());
            }
        }
        return split(packaged(eventType).data(data).render());
    }

    private Optional<Template> fromDisk(String eventType) {
        if (templateDir.isEmpty()) {
            return Optional.empty();
        }
        Path file = templateDir.get().resolve(eventType + ".txt");
        if (!Files.isRegularFile(file)) {
            file = templateDir.get().resolve("default.txt");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            String key = file.toString();
            CachedTemplate cached = diskCache.get(key);
            if (cached == null || cached.modified != modified || cached.size != size) {
                cached = new CachedTemplate(modified, size, engine.parse(Files.readString(file)));
                diskCache.put(key, cached);
            }
            return Optional.of(cached.template);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Template %s cannot be read (%s); using the packaged one", file, e.getMessage());
            return Optional.empty();
        }
    }

    private Template packaged(String eventType) {
        return packagedCache.computeIfAbsent(eventType, type -> {
            String text = read(PACKAGED + type + ".txt");
            return engine.parse(text != null ? text : read(PACKAGED + "default.txt"));
        });
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the rendered text at its {@code ## part} lines; every part must be there and not blank. */
    static ComposedMessage split(String rendered) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : rendered.split("\\R", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("## ")) {
                current = new StringBuilder();
                parts.put(trimmed.substring(3).trim(), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        String[] values = new String[PARTS.length];
        for (int i = 0; i < PARTS.length; i++) {
            StringBuilder part = parts.get(PARTS[i]);
            if (part == null || part.toString().isBlank()) {
                throw new IllegalStateException("template renders no '## " + PARTS[i] + "' part");
            }
            values[i] = part.toString().strip().replaceAll("[ \\t]*\\n[ \\t]*\\n+", "\n\n");
        }
        String subject = values[0].replaceAll("\\s+", " ");
        return new ComposedMessage(subject.length() > 480 ? subject.substring(0, 480) : subject, values[1], values[2],
                values[3]);
    }

    private record CachedTemplate(long modified, long size, Template template) {
    }
}

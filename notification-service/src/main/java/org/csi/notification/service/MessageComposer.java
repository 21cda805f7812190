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

import org.csi.events.payload.InitiativeDetails;
import org.csi.notification.domain.Audience;
import org.csi.notification.domain.InitiativeProjection;
import org.csi.notification.domain.PayloadFields;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the message for an event from the Qute template of its type, so wording changes need no recompiling. A
 * template is looked up as {@code <type>.txt} (e.g. {@code csi.target.missed.txt}) first in the directory
 * {@code csi.notification.template-dir} (edited files are picked up at the next message), then among the templates
 * packaged in the jar ({@code message-templates/}), then {@code default.txt}. A template has four parts, each
 * starting with a line {@code ## subject}, {@code ## service-implications}, {@code ## personnel-impact},
 * {@code ## approach}. An operator template that fails or leaves a part empty is logged and the packaged one is used,
 * so a message ALWAYS has its three sections.
 * <p>
 * The structure comes from the template alone, never from the data: the template's SOURCE is cut at its
 * {@code ## part} lines and each part is compiled and rendered on its own, so a value such as a stakeholder's vision
 * containing a line {@code ## subject} stays text inside the part it was rendered into and cannot replace the subject
 * or start a section. The subject is one line (every run of white space, line breaks included, becomes one space, and
 * control characters are dropped), so no value can add a mail header. Recipients never come from a template.
 */
@ApplicationScoped
public class MessageComposer {

    private static final Logger LOG = Logger.getLogger(MessageComposer.class);
    private static final String PACKAGED = "message-templates/";
    private static final String[] PARTS = { "subject", "service-implications", "personnel-impact", "approach" };
    static final int MAX_SUBJECT = 480;

    private final Engine engine;
    private final Optional<Path> templateDir;
    private final Map<String, CachedTemplate> diskCache = new ConcurrentHashMap<>();
    private final Map<String, MessageTemplate> packagedCache = new ConcurrentHashMap<>();

    MessageComposer(Engine engine,
            @ConfigProperty(name = "csi.notification.template-dir") Optional<String> templateDir) {
        this.engine = engine;
        this.templateDir = templateDir.filter(d -> !d.isBlank()).map(Path::of);
    }

    /**
     * @param eventType  the ce_type ({@code type} in templates)
     * @param event      the payload record the inbox decoded; templates read its fields as {@code event}, every one
     *                   present (null when absent)
     * @param initiative the initiative's projection, null when unknown; templates read its details as
     *                   {@code initiative}, every field of InitiativeDetails present (null when unknown)
     * @param audience   the audience; templates read {@code audience.name} and {@code audience.kind}
     */
    public ComposedMessage compose(String eventType, Record event, InitiativeProjection initiative,
            Audience audience) {
        Map<String, Object> initiativeFacts = PayloadFields.absent(InitiativeDetails.class);
        if (initiative != null) {
            initiativeFacts.putAll(initiative.details);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("type", eventType);
        data.put("event", PayloadFields.of(event));
        data.put("initiative", initiativeFacts);
        data.put("audience", Map.of("name", audience.name(), "kind", audience.kind().name()));
        Optional<MessageTemplate> operators = fromDisk(eventType);
        if (operators.isPresent()) {
            try {
                return operators.get().render(data);
            } catch (RuntimeException e) {
                LOG.warnf("Template %s.txt in %s cannot be used (%s); using the packaged one", eventType,
                        templateDir.get(), e.getMessage());
            }
        }
        return packaged(eventType).render(data);
    }

    private Optional<MessageTemplate> fromDisk(String eventType) {
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
                cached = new CachedTemplate(modified, size, MessageTemplate.parse(engine, Files.readString(file)));
                diskCache.put(key, cached);
            }
            return Optional.of(cached.template);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Template %s cannot be read (%s); using the packaged one", file, e.getMessage());
            return Optional.empty();
        }
    }

    private MessageTemplate packaged(String eventType) {
        return packagedCache.computeIfAbsent(eventType, type -> {
            String text = read(PACKAGED + type + ".txt");
            return MessageTemplate.parse(engine, text != null ? text : read(PACKAGED + "default.txt"));
        });
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cuts a template's source at its {@code ## part} lines (text before the first part, e.g. a Qute comment, is
     * ignored); every one of the four parts must be there.
     */
    static Map<String, String> cut(String source) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : source.split("\\R", -1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("## ")) {
                current = new StringBuilder();
                parts.put(trimmed.substring(3).trim(), current);
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : PARTS) {
            StringBuilder part = parts.get(name);
            if (part == null || part.toString().isBlank()) {
                throw new IllegalStateException("template has no '## " + name + "' part");
            }
            result.put(name, part.toString());
        }
        return result;
    }

    /** The one-line subject: white space (line breaks included) collapsed, control characters dropped, bounded. */
    static String subjectLine(String rendered) {
        String subject = rendered.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    }

    static String section(String rendered) {
        // NUL and other control characters except line breaks and tabs have no place in a message
        String text = rendered.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
        return text.strip().replaceAll("[ \\t]*\\n[ \\t]*\\n+", "\n\n");
    }

    /** A template compiled part by part, so rendered data can never be read back as structure. */
    record MessageTemplate(Template subject, Template serviceImplications, Template personnelImpact,
            Template approach) {

        static MessageTemplate parse(Engine engine, String source) {
            Map<String, String> parts = cut(source);
            return new MessageTemplate(engine.parse(parts.get(PARTS[0])), engine.parse(parts.get(PARTS[1])),
                    engine.parse(parts.get(PARTS[2])), engine.parse(parts.get(PARTS[3])));
        }

        ComposedMessage render(Map<String, Object> data) {
            String subject = subjectLine(subject().data(data).render());
            String[] sections = { section(serviceImplications().data(data).render()),
                    section(personnelImpact().data(data).render()), section(approach().data(data).render()) };
            if (subject.isEmpty()) {
                throw new IllegalStateException("template renders an empty subject");
            }
            for (int i = 0; i < sections.length; i++) {
                if (sections[i].isBlank()) {
                    throw new IllegalStateException("template renders an empty '" + PARTS[i + 1] + "' part");
                }
            }
            return new ComposedMessage(subject, sections[0], sections[1], sections[2]);
        }
    }

    private record CachedTemplate(long modified, long size, MessageTemplate template) {
    }
}

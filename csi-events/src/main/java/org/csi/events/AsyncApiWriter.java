package org.csi.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the AsyncAPI document from its template ({@code src/main/asyncapi/asyncapi.yaml}: the prose, the channels,
 * the CloudEvent headers, the keys, the dead letters) and {@link CsiEventType} (one message per event type), so an
 * event type is added in one place. Run by the build ({@code csi-events/pom.xml}, compile phase) into
 * {@code target/classes/csi/asyncapi.yaml}, where {@link CsiContract#asyncApi()} reads it and the services serve it.
 * <p>
 * The template's marker lines (a YAML comment alone on its line) are replaced, at their indentation:
 * {@code # @messages <topic>} by the channel's messages, {@code # @operation-messages <topic>} by the send
 * operation's references to them, {@code # @message-components} by every type's message, grouped by topic. A block
 * from {@code # @append-to <message>} to {@code # @end} is cut from the template and added to that message.
 */
public final class AsyncApiWriter {

    private static final String APPEND = "# @append-to ";
    private static final String END = "# @end";

    private AsyncApiWriter() {
    }

    /** {@code AsyncApiWriter <template> <output>} */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AsyncApiWriter <template> <output>");
        }
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, write(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    /** The document the template describes, with every event type's parts in place. */
    public static String write(String template) {
        Map<String, List<String>> appended = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(template.lines().toList());
        cutAppendedBlocks(lines, appended);
        dropLeadingComments(lines);

        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String marker = line.strip();
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (marker.startsWith("# @messages ")) {
                for (CsiEventType type : onTopic(marker.substring("# @messages ".length()))) {
                    out.append(indent).append(type.messageName()).append(":\n");
                    out.append(indent).append("  $ref: '#/components/messages/").append(type.messageName())
                            .append("'\n");
                }
            } else if (marker.startsWith("# @operation-messages ")) {
                String topic = marker.substring("# @operation-messages ".length());
                for (CsiEventType type : onTopic(topic)) {
                    out.append(indent).append("- $ref: '#/channels/").append(channel(topic)).append("/messages/")
                            .append(type.messageName()).append("'\n");
                }
            } else if (marker.equals("# @message-components")) {
                String groups = Arrays.stream(CsiEventType.values()).map(CsiEventType::topic).distinct()
                        .map(topic -> onTopic(topic).stream()
                                .map(type -> message(type, indent, appended.remove(type.messageName())))
                                .collect(Collectors.joining()))
                        .collect(Collectors.joining("\n"));
                out.append(groups);
            } else if (marker.startsWith("# @")) {
                throw new IllegalArgumentException("unknown marker in the AsyncAPI template: " + marker);
            } else {
                out.append(line).append('\n');
            }
        }
        if (!appended.isEmpty()) {
            throw new IllegalArgumentException("no message named " + appended.keySet() + " to append to");
        }
        return out.toString();
    }

    private static String message(CsiEventType type, String indent, List<String> extra) {
        String i = indent;
        StringBuilder m = new StringBuilder();
        m.append(i).append(type.messageName()).append(":\n");
        m.append(i).append("  name: ").append(type.type()).append('\n');
        m.append(i).append("  title: ").append(plain(type.title())).append('\n');
        m.append(i).append("  summary: ").append(plain(type.summary())).append('\n');
        m.append(i).append("  headers:\n");
        m.append(i).append("    allOf:\n");
        m.append(i).append("      - $ref: '#/components/schemas/cloudEventHeaders'\n");
        m.append(i).append("      - properties:\n");
        m.append(i).append("          ce_type: { const: ").append(type.type()).append(" }\n");
        m.append(i).append("          ce_source: { const: ").append(CsiSources.ownerOf(type.topic()).orElseThrow())
                .append(" }\n");
        m.append(i).append("          ce_subject: { description: ").append(type.subjectDescription()).append(" }\n");
        m.append(i).append("          ce_dataschema: { const: '").append(type.dataSchema()).append("' }\n");
        m.append(i).append("  payload:\n");
        m.append(i).append("    $ref: './").append(type.schemaResource().substring("csi/".length())).append("'\n");
        m.append(i).append("  bindings:\n");
        m.append(i).append("    kafka:\n");
        m.append(i).append("      key:\n");
        m.append(i).append("        $ref: '#/components/schemas/").append(type.key().schemaName()).append("'\n");
        m.append(i).append("      bindingVersion: '0.5.0'\n");
        if (extra != null) {
            extra.forEach(line -> m.append(line).append('\n'));
        }
        return m.toString();
    }

    /** A one-line text as a YAML scalar: plain when YAML reads it back unchanged, else single-quoted. */
    static String plain(String text) {
        if (text.isBlank() || text.contains("\n")) {
            throw new IllegalArgumentException("a title or summary is one line of text: '" + text + "'");
        }
        boolean safe = !text.contains(": ") && !text.contains(" #") && !text.endsWith(":")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && text.strip().equals(text);
        return safe ? text : "'" + text.replace("'", "''") + "'";
    }

    private static List<CsiEventType> onTopic(String topic) {
        List<CsiEventType> types = Arrays.stream(CsiEventType.values()).filter(t -> t.topic().equals(topic)).toList();
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no event type travels on " + topic);
        }
        return types;
    }

    /** The channel's key in the document: the topic after {@code csi.}, e.g. {@code initiatives}. */
    private static String channel(String topic) {
        return topic.substring("csi.".length());
    }

    private static void cutAppendedBlocks(List<String> lines, Map<String, List<String>> appended) {
        for (int start = firstAppend(lines); start >= 0; start = firstAppend(lines)) {
            int end = lines.subList(start, lines.size()).indexOf(END);
            if (end < 0) {
                throw new IllegalArgumentException(lines.get(start) + " has no " + END);
            }
            List<String> block = lines.subList(start, start + end + 1);
            appended.put(block.get(0).substring(APPEND.length()).strip(), List.copyOf(block.subList(1, end)));
            block.clear();
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }

    private static int firstAppend(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(APPEND)) {
                return i;
            }
        }
        return -1;
    }

    /** The template's own header comment (how it is used) is not part of the document. */
    private static void dropLeadingComments(List<String> lines) {
        while (!lines.isEmpty() && lines.get(0).startsWith("#")) {
            lines.remove(0);
        }
    }
}

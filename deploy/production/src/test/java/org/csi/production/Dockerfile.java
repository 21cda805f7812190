package org.csi.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The instructions of a Dockerfile, as far as the checks need them: line continuations and comments handled, COPY/ADD
 * in shell and JSON form, build args with their defaults. (No Dockerfile parser is published on Maven Central.)
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    /** A COPY or ADD: its flags (--chown=185), sources and destination. */
    record Copy(List<String> flags, List<String> sources, String destination) {
    }

    static Dockerfile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String whole = pending.toString().strip();
            pending.setLength(0);
            if (whole.isEmpty()) {
                continue;
            }
            String[] parts = whole.split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
        }
        return new Dockerfile(instructions);
    }

    List<String> of(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** ARG names and their defaults (null where none). */
    Map<String, String> args() {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : of("ARG")) {
            String[] nameAndDefault = arg.split("=", 2);
            args.put(nameAndDefault[0], nameAndDefault.length > 1 ? nameAndDefault[1] : null);
        }
        return args;
    }

    /** Every COPY and ADD, with ${NAME} and $NAME replaced by the given build args. */
    List<Copy> copies(Map<String, String> buildArgs) {
        List<Copy> copies = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (!instruction.keyword().equals("COPY") && !instruction.keyword().equals("ADD")) {
                continue;
            }
            List<String> flags = new ArrayList<>();
            String rest = instruction.arguments();
            while (rest.startsWith("--")) {
                String[] flagAndRest = rest.split("\\s+", 2);
                flags.add(flagAndRest[0]);
                rest = flagAndRest.length > 1 ? flagAndRest[1] : "";
            }
            List<String> words = rest.startsWith("[") ? jsonArray(rest) : Arrays.asList(rest.split("\\s+"));
            words = words.stream().map(word -> substitute(word, buildArgs)).toList();
            if (words.size() < 2) {
                throw new IllegalArgumentException("COPY needs a source and a destination: " + instruction.arguments());
            }
            copies.add(new Copy(flags, words.subList(0, words.size() - 1), words.get(words.size() - 1)));
        }
        return copies;
    }

    private static String substitute(String word, Map<String, String> buildArgs) {
        String result = word;
        for (Map.Entry<String, String> arg : buildArgs.entrySet()) {
            result = result.replace("${" + arg.getKey() + "}", arg.getValue()).replace("$" + arg.getKey(), arg.getValue());
        }
        if (result.contains("$")) {
            throw new IllegalArgumentException("unset build arg in " + word);
        }
        return result;
    }

    private static List<String> jsonArray(String text) {
        try {
            return Arrays.asList(new ObjectMapper().readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array: " + text, e);
        }
    }
}

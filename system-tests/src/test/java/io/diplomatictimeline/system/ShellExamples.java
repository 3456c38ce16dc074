package io.diplomatictimeline.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ```sh blocks of a Markdown page, made into one script that runs them in order against a stack on ports of its
 * own. A comment {@code # → 409 ...} promises the status of the request before it (see examples-prelude.sh).
 */
final class ShellExamples {

    /** The two commands of the README that this test does not run as written: it is the second, and ran the first. */
    static final Map<String, String> COMMANDS_RUN_BY_THE_TEST = Map.of(
            "./run.sh", "the stack these examples run against was started with it",
            "./mvnw verify", "this test is part of it");

    private static final Pattern EXPECTATION = Pattern.compile("^(.*?)\\s*#\\s*→\\s*(\\d{3})\\b.*$");
    private static final Pattern DEFAULT_PORT = Pattern.compile("(localhost|127\\.0\\.0\\.1):(8081|8082|9092)\\b");

    private final List<Block> blocks;

    private ShellExamples(List<Block> blocks) {
        this.blocks = blocks;
    }

    record Block(int line, List<String> commands) {
    }

    static ShellExamples of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> current = null;
        int start = 0;
        String[] lines = markdown.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index];
            if (current == null && line.strip().equals("```sh")) {
                current = new ArrayList<>();
                start = index + 1;
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(new Block(start, List.copyOf(current)));
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        if (current != null) {
            throw new IllegalArgumentException("the sh block that starts on line " + start + " is not closed");
        }
        return new ShellExamples(List.copyOf(blocks));
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * @param ports the port each default port of the docs is served on in this run (8081, 8082, 9092)
     * @return the blocks as one bash script, each announced by its line in the page, each ending with every answer
     *         checked
     */
    String script(String page, Map<Integer, Integer> ports) {
        StringBuilder script = new StringBuilder();
        for (Block block : blocks) {
            script.append("echo '::: ").append(page).append(" line ").append(block.line()).append("'\n");
            for (String line : block.commands()) {
                script.append(runnable(line, ports)).append('\n');
            }
            script.append("docs_settle\n");
        }
        return script.toString();
    }

    private static String runnable(String line, Map<Integer, Integer> ports) {
        String command = line.replaceFirst("\\s+#[^→]*$", "").strip();
        if (COMMANDS_RUN_BY_THE_TEST.containsKey(command)) {
            return ": # " + command + ": " + COMMANDS_RUN_BY_THE_TEST.get(command);
        }
        Matcher expectation = EXPECTATION.matcher(line);
        String runnable = line;
        if (expectation.matches()) {
            String before = expectation.group(1);
            String expect = "docs_expect " + expectation.group(2);
            runnable = before.isBlank() ? expect : before + " ; " + expect;
        }
        return DEFAULT_PORT.matcher(runnable).replaceAll(match ->
                match.group(1) + ":" + ports.get(Integer.parseInt(match.group(2))));
    }
}

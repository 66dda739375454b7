package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands the README and the help print can be pasted into any shell: an argument holding
 * brackets ({@code labs[Meta]...}) is quoted, as zsh (macOS's shell) takes unquoted brackets for a
 * pattern and stops with "no matches found" (the README's compare example and the help's were
 * not quoted: found by a student-style review).
 */
class ShellQuotingTest {
    /** The words of {@code line} outside quotes that hold a bracket. */
    static List<String> unquotedBrackets(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean bracket = false;
        char quote = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (quote != 0) {
                word.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word.append(c);
            } else if (c == '#' && word.length() == 0) {
                break;   // a comment
            } else if (Character.isWhitespace(c)) {
                if (bracket) {
                    out.add(word.toString());
                }
                word.setLength(0);
                bracket = false;
            } else {
                word.append(c);
                bracket |= c == '[' || c == ']';
            }
        }
        return out;
    }

    @Test
    void theReadmesCommandsQuoteTheirBrackets() throws Exception {
        int commands = 0;
        List<String> bad = new ArrayList<>();
        for (String line : Files.readAllLines(ReadmeFiguresTest.README)) {
            String l = line.strip();
            if (l.startsWith("./talentsim ") || l.startsWith("talentsim ")) {
                commands++;
                for (String w : unquotedBrackets(l)) {
                    bad.add(w + " in: " + l);
                }
            }
        }
        assertTrue(commands >= 5, "commands read: " + commands);
        assertEquals(List.of(), bad);
    }

    @Test
    void theHelpsExamplesQuoteTheirBrackets() {
        List<String> bad = new ArrayList<>();
        // the top help (no command) and each command's
        for (String command : List.of("", "run", "check", "compare", "sweep", "replicate", "experiment")) {
            Cli r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
            for (String line : (r.out() + "\n" + r.err()).lines().filter(l -> !l.startsWith("Usage:")).toList()) {
                int at = line.indexOf("talentsim ");
                int set = line.indexOf("--set ");
                String cmd = at >= 0 ? line.substring(at) : set >= 0 ? line.substring(set) : null;
                if (cmd != null) {
                    for (String w : unquotedBrackets(cmd)) {
                        bad.add((command.isEmpty() ? "--help" : command) + ": " + w + " in: " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void theCheckerFindsUnquotedBrackets() {
        assertEquals(List.of("none:labs[Meta].retention=none"),
                unquotedBrackets("./talentsim compare x.yaml --arm none:labs[Meta].retention=none -r 50"));
        assertEquals(List.of(), unquotedBrackets("./talentsim compare x.yaml --arm 'none:labs[Meta].retention=none' -r 50"));
        assertEquals(List.of(), unquotedBrackets("./talentsim run x.yaml   # labs[Meta] in a comment"));
    }
}

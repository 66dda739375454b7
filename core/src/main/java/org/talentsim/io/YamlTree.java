package org.talentsim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YNode}s that remember their position, safely: the streaming parser
 * only (no object binding, so no tag ever instantiates a class), tags other than the core scalar
 * and collection tags rejected, aliases counted, nesting depth, node count and size limited.
 */
final class YamlTree {
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 500_000;
    static final int MAX_CODE_POINTS = 10 * 1024 * 1024;
    /** The longest line, in characters (UTF-16 units); see {@link #longLine}. */
    static final int MAX_LINE = 100_000;

    private static final String CORE_TAG = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");
    private static final YAMLFactory FACTORY = factory();

    private final YAMLParser parser;
    private final String file;
    private final Map<String, YNode> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private int aliases;
    private int nodes;

    private YamlTree(YAMLParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    private static YAMLFactory factory() {
        LoaderOptions lo = new LoaderOptions();
        lo.setMaxAliasesForCollections(MAX_ALIASES);
        lo.setNestingDepthLimit(MAX_DEPTH);
        lo.setCodePointLimit(MAX_CODE_POINTS);
        lo.setAllowDuplicateKeys(true); // detected below, with the position of both keys
        lo.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(lo)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH * 2).maxStringLength(1_000_000)
                        // numbers are read as text: the readers refuse one over 400 characters with
                        // its line, column and field (Values); Jackson's own limit (200 by
                        // default) refused 201-400 without them
                        .maxNumberLength(MAX_LINE).build())
                .build();
    }

    /** The root node of {@code text}, which must hold exactly one document. */
    static YNode parse(String text, String file) {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new ScenarioException(file, 0, 0, "", "the file is larger than the limit of " + MAX_CODE_POINTS + " characters");
        }
        int longLine = longLine(text);
        if (longLine >= 0) {
            int[] at = position(text, longLine);
            throw new ScenarioException(file, at[0], at[1], "", "the line is longer than the limit of " + MAX_LINE
                    + " characters");
        }
        int bad = unprintable(text);
        if (bad >= 0) {
            int[] at = position(text, bad);
            throw new ScenarioException(file, at[0], at[1], "", String.format(Locale.ROOT,
                    "invalid YAML: special characters are not allowed (U+%04X)", text.codePointAt(bad)));
        }
        try (YAMLParser p = FACTORY.createParser(text)) {
            YamlTree t = new YamlTree(p, file);
            JsonToken tok = p.nextToken();
            if (tok == null) {
                throw new ScenarioException(file, 1, 1, "", "the file is empty; expected a scenario mapping starting with 'version: 1'");
            }
            YNode root = t.value(tok, "", 0);
            if (p.nextToken() != null) {
                throw t.fail("", "only one YAML document per file is allowed; found a second one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntax(e, file);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The index of the first character past {@link #MAX_LINE} on a line, or -1. SnakeYAML's
     * reader copies its whole window for each 1,024 characters it reads ahead, and it reads a
     * token, a comment or a line of a block scalar ahead in one piece: time grows with the square
     * of the longest such run (a 5,000,000-character number took 16 s). Lines are bounded so that
     * no run can be long.
     */
    static int longLine(String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                start = i + 1;
            } else if (i - start >= MAX_LINE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first character YAML does not allow in a file (SnakeYAML's rule: tab, line
     * breaks, printable ASCII, U+0085 and U+00A0 on, but no surrogate code units alone and no
     * U+FFFE, U+FFFF), or -1. SnakeYAML finds it too, but reports it at 1:1.
     */
    static int unprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = (c >= 0x20 && c <= 0x7E) || c == 0x9 || c == 0xA || c == 0xD || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * The 1-based line and column of the character at {@code index}, counted as SnakeYAML counts
     * them (line breaks: LF, CR not before LF, U+0085, U+2028, U+2029; columns in code points, a
     * byte order mark not counted).
     */
    static int[] position(CharSequence text, int index) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < index; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                col = 1;
            } else if (c != 0xFEFF) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static ScenarioException syntax(JsonProcessingException e, String file) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
            String problem = m.getProblem() == null ? "" : m.getProblem();
            // the parser's words for a line indented too little or too much ("expected <block
            // end>, but found '?'", "found '<block mapping start>'") name no mistake a reader sees
            boolean indentation = problem.contains("<block end>") || problem.contains("<block mapping start>")
                    || problem.contains("<block sequence start>");
            return new ScenarioException(file, mark.getLine() + 1, mark.getColumn() + 1, "", indentation
                    ? "invalid YAML: this line's indentation fits no mapping or list above it (the keys of one mapping start"
                            + " in one column, a nested mapping's further right, with spaces); the parser read: " + problem + context
                    : "invalid YAML: " + problem + context + (context.contains("scanning an alias")
                            // '*.poached_out' unquoted (a strategist's review): the cause is known
                            ? "; a value that starts with * is read as an alias: quote it, like '*.poached_out'" : ""), e);
        }
        JsonLocation l = e.getLocation();
        String msg = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getOriginalMessage();
        // a key written as a list or a mapping ("? [a, b]"): the reader's message named its parser
        // event classes (found by a review)
        String said = msg != null && msg.startsWith("Expected a field name")
                ? "a key must be a name (a plain or quoted scalar), not a list, a mapping or an alias"
                : firstLine(msg);
        return new ScenarioException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                "invalid YAML: " + said, e);
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return s == null ? "unreadable" : nl < 0 ? s : s.substring(0, nl);
    }

    private ScenarioException fail(String path, String problem) {
        JsonLocation l = parser.currentTokenLocation();
        return new ScenarioException(file, l.getLineNr(), l.getColumnNr(), path, problem);
    }

    private YNode value(JsonToken tok, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw fail(path, "nested deeper than " + MAX_DEPTH + " levels");
        }
        if (++nodes > MAX_NODES) {
            throw fail(path, "more than " + MAX_NODES + " values in one file");
        }
        String tag = parser.getTypeId();
        if (tag != null && !(tag.startsWith(CORE_TAG) && CORE_TAGS.contains(tag.substring(CORE_TAG.length())))) {
            String shown = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length())
                    : tag.startsWith("!") || tag.startsWith("tag:") ? tag : "!" + tag;
            throw fail(path, "expected plain data without YAML tags, was the tag '" + shown + "'");
        }
        JsonLocation l = parser.currentTokenLocation();
        String anchor = parser.getObjectId();
        if (anchor != null) {
            open.add(anchor);
        }
        YNode node;
        if (tok == JsonToken.START_OBJECT) {
            node = mapping(path, depth, l);
        } else if (tok == JsonToken.START_ARRAY) {
            YNode.Sequence s = new YNode.Sequence(l.getLineNr(), l.getColumnNr());
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                s.add(value(t, path + "[" + s.items().size() + "]", depth + 1));
            }
            node = s;
        } else if (parser.isCurrentAlias()) {
            node = alias(path);
        } else if (tok != null && tok.isScalarValue()) {
            node = new YNode.Scalar(l.getLineNr(), l.getColumnNr(), tok, parser.getText());
        } else {
            throw fail(path, "expected a value, was " + tok);
        }
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, node);
        }
        return node;
    }

    private YNode mapping(String path, int depth, JsonLocation l) throws IOException {
        YNode.Mapping m = new YNode.Mapping(l.getLineNr(), l.getColumnNr());
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation kl = parser.currentTokenLocation();
            String key = parser.currentName();
            YNode.Scalar k = new YNode.Scalar(kl.getLineNr(), kl.getColumnNr(), JsonToken.VALUE_STRING, key);
            String child = path.isEmpty() ? key : path + "." + key;
            YNode v = value(parser.nextToken(), child, depth + 1);
            YNode.Mapping.Entry first = m.put(k, v);
            if (first != null) {
                throw new ScenarioException(file, k.line, k.col, child,
                        "duplicate key; it was first given at line " + first.key().line);
            }
        }
        return m;
    }

    private YNode alias(String path) throws IOException {
        String name = parser.getText();
        if (++aliases > MAX_ALIASES) {
            throw fail(path, "more than " + MAX_ALIASES + " aliases in one file");
        }
        if (open.contains(name)) {
            throw fail(path, "expected an alias to a complete node, was '*" + name + "' inside its own anchor");
        }
        YNode target = anchors.get(name);
        if (target == null) {
            // an unquoted metric pattern ('*_end') is read as an alias too
            throw fail(path, "expected an alias to an earlier anchored mapping or list, was '*" + name + "'; a value that starts"
                    + " with * is read as an alias: quote it, like '*" + name + "'");
        }
        return target;
    }
}

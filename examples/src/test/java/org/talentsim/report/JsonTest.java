package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads its JSON with Jackson's streaming parser (not the data-binding layer, whose
 * first use cost a fresh JVM ~350 classes): the same trees as {@code ObjectMapper.readTree}, and
 * the manifest pretty-printed as its default pretty printer does.
 */
class JsonTest {
    private static final List<String> SAMPLES = List.of(
            "{\"version\": 1, \"seed\": 2026, \"big\": 12345678901234, \"huge\": 123456789012345678901234567890,"
                    + " \"x\": 0.1, \"e\": 1.5e-7, \"neg\": -3, \"f\": 2.0, \"t\": true, \"n\": null,"
                    + " \"s\": \"Meta\\u2019s \\\"TBD\\\" Lab\\n\\t<script>\", \"a\": [1, [2, {}], [], {\"k\": \"v\"}],"
                    + " \"nested\": {\"labs\": [{\"name\": \"OpenAI\", \"end\": 2398}]}}",
            "[]", "{}", "[1, 2.5, \"b\", null, false]", "\"text\"", "42", "{\"dup\": 1, \"dup\": 2}");

    @Test
    void readsTheTreesObjectMapperReads(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (String s : SAMPLES) {
            Path f = dir.resolve("f.json");
            Files.writeString(f, s);
            JsonNode expected = mapper.readTree(f.toFile());
            JsonNode actual = Json.read(f);
            assertEquals(expected, actual, s);
            assertEquals(expected.toString(), actual.toString(), s);
            assertEquals(expected, Json.parse(s), s);
            // node types too: an int stays an int, a long a long, a float a double
            assertEquals(expected.getNodeType(), actual.getNodeType());
        }
        JsonNode n = Json.parse(SAMPLES.get(0));
        assertTrue(n.get("version").isInt() && n.get("big").isLong() && n.get("huge").isBigInteger() && n.get("x").isDouble());
        Files.writeString(dir.resolve("empty.json"), "");
        assertTrue(Json.read(dir.resolve("empty.json")).isMissingNode());
        Files.writeString(dir.resolve("bad.json"), "{\"a\": }");
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> Json.read(dir.resolve("bad.json")));
    }

    @Test
    void writesWhatTheDefaultPrettyPrinterWrites() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (String s : SAMPLES) {
            JsonNode n = mapper.readTree(s);
            assertEquals(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n), Json.pretty(n), s);
        }
    }

    /** A folder's summary.json that is not JSON is one line naming the file and the line. */
    @Test
    void aBrokenFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("summary.json");
        Files.writeString(f, "{\n  \"labs\": [\n    {\"name\": }\n]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunData.json(f));
        assertTrue(e.getMessage().startsWith(f + ": not JSON (line 3): "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        // a file cut short names where the object began in words, not the parser's "[Source: REDACTED …]" (a reviewer)
        Files.writeString(f, "{");
        e = assertThrows(IllegalArgumentException.class, () -> RunData.json(f));
        assertEquals(f + ": not JSON (line 1): Unexpected end-of-input: expected close marker for Object (start marker at line 1,"
                + " column 1)", e.getMessage());
    }
}

package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page template's slots are found where the regular expression the report used before finds them. */
class TemplateSplitTest {
    private static List<String> byRegex(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{([a-z]+)}}").matcher(t);
        int at = 0;
        while (m.find()) {
            out.add("text:" + t.substring(at, m.start()));
            out.add("slot:" + m.group(1));
            at = m.end();
        }
        out.add("text:" + t.substring(at));
        return out;
    }

    private static List<String> bySplit(String t) {
        List<String> out = new ArrayList<>();
        for (Object o : Html.split(t)) {
            out.add(o instanceof byte[] b ? "text:" + new String(b, StandardCharsets.UTF_8) : "slot:" + o);
        }
        return out;
    }

    @Test
    void slotsAreWhereTheRegularExpressionFoundThem() {
        for (String t : new String[] {"", "{{title}}", "<title>{{title}}</title>\n{{body}}\n<p>{{version}}</p>", "{{{body}}", "{{body}}}",
            "{{}}", "{{Body}}", "{{a b}}", "{{body", "a{{x}}{{y}}b", "\u2014{{t}}\u2014"}) {
            assertEquals(byRegex(t), bySplit(t), t);
        }
        SplittableRandom r = new SplittableRandom(5);
        char[] alphabet = {'{', '}', 'a', 'z', 'B', ' ', '\u00e9'};
        for (int k = 0; k < 50_000; k++) {
            char[] c = new char[r.nextInt(0, 24)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[r.nextInt(alphabet.length)];
            }
            String t = new String(c);
            assertEquals(byRegex(t), bySplit(t), t);
        }
    }
}

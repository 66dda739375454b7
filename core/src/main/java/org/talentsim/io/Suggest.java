package org.talentsim.io;

import java.util.Collection;
import org.talentsim.internal.Suggestions;

/** "Did you mean" phrases for scenario-file messages. */
final class Suggest {
    private Suggest() {}

    /** {@code ", did you mean 'X'?"} or "". */
    static String didYouMean(String given, Collection<String> known) {
        String c = Suggestions.closest(given, known);
        return c == null ? "" : ", did you mean '" + c + "'?";
    }
}

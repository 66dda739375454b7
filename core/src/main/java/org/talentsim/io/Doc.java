package org.talentsim.io;

import org.talentsim.policy.PolicyRegistry;

/** The file being read: its name for messages, the policy registry, and a budget of values read. */
final class Doc {
    final String file;
    final PolicyRegistry registry;
    private int items;

    Doc(String file, PolicyRegistry registry) {
        this.file = file;
        this.registry = registry;
    }

    ScenarioException fail(YNode at, String path, String problem) {
        return new ScenarioException(file, at.line, at.col, path, problem);
    }

    /** Counts list items read (aliases may repeat a list), so a small file cannot expand without bound. */
    void count(YNode at, String path, int n) {
        items += n;
        if (items > YamlTree.MAX_NODES) {
            throw fail(at, path, "more than " + YamlTree.MAX_NODES + " list items once aliases are expanded");
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}

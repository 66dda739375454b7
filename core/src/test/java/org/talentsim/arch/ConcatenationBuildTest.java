package org.talentsim.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * core/pom.xml compiles string concatenation in the packages that read and write scenarios and
 * results ({@code scenario}, {@code io}) to {@code StringBuilder} code, which costs a fresh JVM
 * nothing on its first call, and leaves the rest (the kernel's hot methods) as javac compiles it
 * by default, with {@code invokedynamic}. The class files built show which they got: a build that
 * lost either half of the set-up fails here.
 */
class ConcatenationBuildTest {

    /** Whether the class file of {@code name} names the JDK's concatenation bootstrap method. */
    private static boolean usesIndyConcat(String name) throws IOException {
        try (InputStream in = ConcatenationBuildTest.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            String bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return bytes.contains("makeConcatWithConstants");
        }
    }

    @Test
    void readersAndWritersConcatenateWithoutInvokedynamic() throws IOException {
        for (String c : new String[] {"org.talentsim.scenario.TeamSpec", "org.talentsim.scenario.ScenarioNotes",
            "org.talentsim.io.ScenarioWriter", "org.talentsim.io.LabReader"}) {
            assertFalse(usesIndyConcat(c), c + " concatenates with invokedynamic: core/pom.xml's compile-readers not applied");
        }
    }

    @Test
    void theKernelKeepsJavacsDefault() throws IOException {
        // (these concatenate strings in error messages: javac's default compiles them to invokedynamic)
        // (Market's one concatenation on every run's way is written with String.concat: a first
        // concatenation of its shape costs a fresh JVM its spun classes; Lab's are in messages)
        for (String c : new String[] {"org.talentsim.kernel.Lab", "org.talentsim.engine.Simulation"}) {
            assertTrue(usesIndyConcat(c), c + " was compiled with -XDstringConcat=inline, meant only for scenario and io");
        }
    }
}

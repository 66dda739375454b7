package org.talentsim.cli;

/**
 * The command line with an observer that runs out of heap at tick 2, in a JVM of its own (its
 * shutdown hooks run at its exit): {@code OutOfMemoryTest} starts it.
 */
final class OutOfMemoryRunMain {
    private OutOfMemoryRunMain() {}

    public static void main(String[] args) {
        Main main = new Main().observe((tick, world, moves) -> {
            if (tick == 2) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        System.exit(Main.execute(Main.commandLine(main, args), args));
    }
}

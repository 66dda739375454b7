package org.talentsim.spark;

/**
 * The spark jar's main class ({@code java -jar talentsim-spark.jar}): {@link Submit} when Spark is
 * on the class path (as {@code spark-submit} puts it), else one line saying how to run it (a
 * strategist's first try, {@code java -jar}, ended in a NoClassDefFoundError and its stack trace).
 */
public final class Launch {
    private Launch() {}

    /** Runs {@link Submit}, or says how to and exits 2 when Spark is not on the class path. */
    public static void main(String[] args) {
        String missing = missing(Launch.class.getClassLoader());
        if (missing != null) {
            System.err.println(missing);
            System.exit(2);
        }
        Submit.main(args);
    }

    /** What to do when Spark's classes are not on {@code loader}'s class path, or null when they are. */
    static String missing(ClassLoader loader) {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, loader);
            return null;
        } catch (ClassNotFoundException e) {
            return "talentsim-spark.jar runs under spark-submit, which puts Spark on the class path:"
                    + " spark-submit --class org.talentsim.spark.Submit spark/target/talentsim-spark.jar FILE --out DIR;"
                    + " without a Spark installation, ./talentsim experiment FILE --executor spark, or"
                    + " java -cp 'spark/target/talentsim-spark.jar:spark/target/lib/*' org.talentsim.spark.Submit FILE --out DIR"
                    + " (on local[*], every core of this machine; -Dspark.master=URL before -cp for another: docs/SPARK.md)";
        }
    }
}

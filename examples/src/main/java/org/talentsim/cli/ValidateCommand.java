package org.talentsim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.talentsim.internal.Num;
import org.talentsim.internal.TextFiles;
import org.talentsim.theory.BurdettMortensen;
import org.talentsim.theory.MortensenPissarides;
import org.talentsim.theory.PostelVinayRobin;
import org.talentsim.theory.TheoryMarkets;
import org.talentsim.theory.Validation;
import org.talentsim.theory.ValidationRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code talentsim validate}: runs the engine configured as a textbook labour-search model and
 * compares it with the closed forms (THEORY §4, §6). Without a model it runs the standard suite
 * (BM1, BM2, PVR1, PVR3, MP1, MP2); {@code validate bm|pvr|mp} validates any parameter set. Prints
 * one table (model, set, quantity, expected, simulated, SE, |z|, p, pass), a line
 * {@code "N passed, N failed"} and a line on how the p-values spread.
 *
 * <p>Exit codes: 0 every row passes; 1 a row fails (or an internal error); 2 bad parameters or
 * usage (one line on stderr naming the problem).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ValidateCommand.Bm.class, ValidateCommand.Pvr.class, ValidateCommand.Mp.class},
        description = {"Validate the engine against labour-search theory: configure it as a textbook model, run it and "
            + "compare with the closed forms (tolerance 5 standard errors).",
            "Without a model: the standard suite BM1, BM2, PVR1, PVR3, MP1, MP2. With bm, pvr or mp: any parameter set."},
        footer = {"", "Examples:", "  talentsim validate", "  talentsim validate bm --d 0.02 --l0 0.1 --l1 0.1 --b 0.5 --p 1",
            "  talentsim validate pvr --d 0.02 --l0 0.1 --l1 0.04 --beta 0.996 --pmin 1 --pmax 1.5",
            "  talentsim validate mp --s 0.02 --a 0.5 --eta 0.5 --theta 1",
            "", "bm, pvr and mp also take --months (the run's length) and bm and pvr --labs: talentsim validate bm --help.",
            "", "Exit codes: 0 every check passes, 1 a check fails, 2 bad parameters or usage."})
final class ValidateCommand implements Callable<Integer> {
    /** Workers per parameter set unless {@code --n} says otherwise. */
    static final int DEFAULT_N = 100_000;
    /** The fewest workers a check is run with: at 10,000, 5 standard errors of the BM1 unemployment are ±0.019 of 0.167. */
    static final int MIN_N = org.talentsim.theory.Validation.MIN_WORKERS;
    /** Master seed unless {@code --seed} says otherwise. */
    static final long DEFAULT_SEED = 1;
    /** Columns of the printed table. */
    static final String[] HEADER = {"model", "set", "quantity", "expected", "simulated", "SE", "|z|", "p", "pass"};
    /** First line of the CSV file. */
    static final String CSV_HEADER = "model,set,quantity,expected,simulated,se,z,pass,p";
    /** Name of a parameter set given on the command line. */
    static final String CUSTOM = "custom";

    @Spec
    private CommandSpec spec;

    @Mixin
    private Shared shared;

    @Override
    public Integer call() {
        Settings s = Settings.of(spec.commandLine(), shared, null);
        List<ValidationRow> rows = s.note("the standard suite (BM1, BM2, PVR1, PVR3, MP1, MP2)", 0,
                () -> Validation.standard(s.workers, s.seed));
        // five of THEORY 6's ten checks are rows here: a reader took them for all (a model audit)
        return report(spec.commandLine(), rows, s.csv, STANDARD_COVERS);
    }

    /** What the standard suite's rows check of THEORY.md §6, and where the rest are checked. */
    static final String STANDARD_COVERS = "These rows are of THEORY.md's (docs/brief) section 6 checks V1 (u), V2, V3, V6 and V9, for"
            + " each parameter set; V1's one-month rates, V4, V5, V7, V8 and V10 are in the test suite (docs/MODEL.md section 9"
            + " names the tests).";

    /** Options of {@code validate} and of each model: given after the model they take precedence. */
    static final class Shared {
        @Option(names = "--n", paramLabel = "N", description = "workers per parameter set (at least " + MIN_N + "; default: " + DEFAULT_N + ")")
        Integer workers;

        @Option(names = "--seed", paramLabel = "S", description = "master seed (default: " + DEFAULT_SEED + ")")
        Long seed;

        @Option(names = "--csv", paramLabel = "FILE", description = "also write the table as CSV to FILE")
        Path csv;

        @Option(names = {"-q", "--quiet"}, description = "no progress note on stderr")
        boolean quiet;
    }

    /** Options of the engine run for one model. */
    static final class RunOptions {
        @Option(names = "--months", paramLabel = "T",
                description = "months to simulate from the stationary law (default: 120 for bm, 240 for pvr and mp)")
        Integer months;
    }

    /** The number of labs of a model with an offer distribution. */
    static final class LabsOption {
        @Option(names = "--labs", paramLabel = "J",
                description = "labs discretising the offer distribution (default: " + TheoryMarkets.DEFAULT_LABS + ")")
        int labs = TheoryMarkets.DEFAULT_LABS;
    }

    /** The options in force: a model's own, else those given before the model, else the defaults. */
    static final class Settings {
        final CommandLine cl;
        final int workers;
        final long seed;
        final Path csv;
        final boolean quiet;

        private Settings(CommandLine cl, int workers, long seed, Path csv, boolean quiet) {
            this.cl = cl;
            this.workers = workers;
            this.seed = seed;
            this.csv = csv;
            this.quiet = quiet;
        }

        static Settings of(CommandLine cl, Shared own, Shared before) {
            Shared none = new Shared();
            Shared b = before == null ? none : before;
            int n = own.workers != null ? own.workers : b.workers != null ? b.workers : DEFAULT_N;
            long seed = own.seed != null ? own.seed : b.seed != null ? b.seed : DEFAULT_SEED;
            Path csv = own.csv != null ? own.csv : b.csv;
            if (n < MIN_N) {
                // with a handful of workers every row passed: the tolerances (5 standard errors) were
                // wider than the quantities (found by a reliability review)
                throw new CommandLine.ParameterException(cl, "--n must be at least " + MIN_N + ", was " + n + ": with fewer"
                        + " workers the tolerances (5 standard errors) are too wide for a check to fail (the theory's checks"
                        + " use " + DEFAULT_N + ")");
            }
            if (csv != null) {
                try {
                    TextFiles.requireWritableTarget(csv.toAbsolutePath());
                } catch (IllegalArgumentException e) {
                    throw new Main.BadInput("--csv: " + e.getMessage());
                }
            }
            return new Settings(cl, n, seed, csv, own.quiet || b.quiet);
        }

        /** Engine options for a model run: T months (or the model's default) from the stationary law. */
        TheoryMarkets.Options options(RunOptions r, LabsOption l, int defaultMonths) {
            int months = r.months != null ? r.months : defaultMonths;
            if (months < 1) {
                throw new CommandLine.ParameterException(cl, "--months must be at least 1, was " + months);
            }
            int labs = l == null ? TheoryMarkets.DEFAULT_LABS : l.labs;
            if (labs < 1) {
                throw new CommandLine.ParameterException(cl, "--labs must be at least 1, was " + labs);
            }
            return TheoryMarkets.Options.of(workers, months, seed).withLabs(labs);
        }

        /**
         * Runs {@code work} with a note "running WHAT ..." on stderr while it runs (not with
         * {@code --quiet}, nor when there is no console); the note is erased afterwards.
         */
        <T> T note(String what, int months, Supplier<T> work) {
            PrintWriter err = cl.getErr();
            String text = String.format(Locale.ROOT, "running %s: N = %d%s ...", what, workers,
                    months > 0 ? ", " + months + " months" : "");
            boolean show = !quiet && System.console() != null;
            if (show) {
                err.print(text);
                err.flush();
            }
            try {
                return work.get();
            } finally {
                if (show) {
                    err.print("\r" + " ".repeat(text.length()) + "\r");
                    err.flush();
                }
            }
        }
    }

    /** Model parameters rejected by the closed forms or the engine: exit 2 with the reason. */
    static <T> T parameters(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }

    /** A number as a user writes it: 2, 1.5, NaN (not 2.0). */
    static String plain(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    /** Builds the engine configuration once before the run, so that its objections are bad input. */
    static void engineAccepts(Runnable configure) {
        try {
            configure.run();
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("the engine cannot be configured with these parameters: " + e.getMessage());
        }
    }

    /** With no offers to the unemployed nobody is ever employed: nothing to compare. */
    static void requireOffersToUnemployed(double l0) {
        if (!(l0 > 0)) {
            throw new Main.BadInput("l0 must be > 0 to validate (with l0 = 0 nobody is ever hired), was " + l0);
        }
    }

    /** Prints the table and the count line, writes the CSV file when asked, and returns the exit code. */
    static int report(CommandLine cl, List<ValidationRow> rows, Path csv) {
        return report(cl, rows, csv, null);
    }

    /** As {@link #report(CommandLine, List, Path)}, with {@code note} (when not null) after the count lines. */
    static int report(CommandLine cl, List<ValidationRow> rows, Path csv, String note) {
        if (csv != null) {
            writeCsv(csv, rows);
        }
        PrintWriter out = cl.getOut();
        out.print(table(rows));
        out.println(counts(rows));
        String spread = pSpread(rows);
        if (spread != null) {
            out.println(spread);
        }
        if (note != null) {
            out.println(note);
        }
        out.flush();
        return exitCode(rows);
    }

    /** The share of workers a run may leave as the start drew them, above which {@link #shortRun} speaks. */
    static final double SHORT = 0.25;
    /** The share {@link #shortRun}'s advice aims to leave at most. */
    static final double UNTOUCHED = 0.05;

    /**
     * What a run too short to leave the start behind is told, or null: every run starts from the
     * theory's own stationary law, and a worker in no move over the run still has the job, the pay
     * (or no job) drawn then, so the rows of u and the wages check that draw more than the engine
     * (a theory review: --months 1 passed 8 of 8, nearly all the start compared with the theory).
     * The months advised leave at most 5% whatever the wage: the best paid leave their start only
     * by separation, at {@code d} a month (a share falling as one geometric rate under-advised: a
     * re-check).
     */
    static String shortRun(Validation.Checked c, int months, double d) {
        double untouched = c.untouched();
        if (!(untouched > SHORT)) {
            return null;
        }
        String advice = d > 0 && d < 1 ? String.format(Locale.ROOT, "; --months %d or more leaves at most %.0f%% ((1 - d)^T)",
                (int) Math.ceil(Math.log(UNTOUCHED) / Math.log(1 - d)), 100 * UNTOUCHED) : "";
        return String.format(Locale.ROOT, "note: a short run: %.0f%% of the workers were in no move in its %s and still"
                + " hold what the theory's stationary law drew for them at the start, so the rows of u and the wages check that"
                + " draw more than the engine (the flow rows are the engine's)%s.", 100 * untouched, months(months), advice);
    }

    /** "1 month", "6 months". */
    static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }

    /**
     * {@link #shortRun} for Mortensen–Pissarides, whose rows are u and f only: u forgets the
     * stationary start as |1 − s − f|^T, which is what a short run is told, or null.
     */
    static String shortMpRun(double keep, int months) {
        double left = Math.pow(keep, months);
        if (!(left > SHORT)) {
            return null;
        }
        return String.format(Locale.ROOT, "note: a short run: after %s |1 - s - f|^T = %.0f%% of the stationary start's"
                + " draw still shapes u, so its row checks that draw more than the engine; --months %d or more leaves at most"
                + " %.0f%%.", months(months), 100 * left, (int) Math.ceil(Math.log(UNTOUCHED) / Math.log(keep)), 100 * UNTOUCHED);
    }

    /** 0 when every row passes, else 1. */
    static int exitCode(List<ValidationRow> rows) {
        return failed(rows) == 0 ? 0 : 1;
    }

    static int failed(List<ValidationRow> rows) {
        return (int) rows.stream().filter(r -> !r.pass()).count();
    }

    /** {@code "N passed, N failed"}. */
    static String counts(List<ValidationRow> rows) {
        int failed = failed(rows);
        return (rows.size() - failed) + " passed, " + failed + " failed";
    }

    /** The aligned table: text columns left, numbers right, six decimals (|z| two, p three), PASS or FAIL. */
    static String table(List<ValidationRow> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (ValidationRow r : rows) {
            cells.add(new String[] {r.model(), r.set(), r.quantity(), fixed(r.expected(), 6), fixed(r.simulated(), 6),
                fixed(r.se(), 6), fixed(r.z(), 2), p(r.p()), r.pass() ? "PASS" : "FAIL"});
        }
        return TextTable.format(cells, c -> c >= 3 && c <= 7);
    }

    /** A p-value in the table: three decimals, {@code <0.001} below, {@code -} for none (an exact comparison). */
    static String p(double p) {
        return Double.isNaN(p) ? "-" : p < 0.0005 ? "<0.001" : fixed(p, 3);
    }

    /**
     * How the rows' p-values spread, which the 5-SE rule does not show: how many are below 0.05
     * against the number expected by chance, and the smallest with its row ("p: 2 of 42 below 0.05,
     * 2.1 expected by chance if the engine matches the theory; the smallest 0.004, PVR3 wage CDF
     * at the 50% quantile"); null for fewer than two rows with a p (a row compared exactly has none).
     */
    static String pSpread(List<ValidationRow> rows) {
        int n = 0;
        int below = 0;
        ValidationRow least = null;
        for (ValidationRow r : rows) {
            double p = r.p();
            if (Double.isNaN(p)) {
                continue;
            }
            n++;
            below += p < 0.05 ? 1 : 0;
            if (least == null || p < least.p()) {
                least = r;
            }
        }
        if (n < 2) {
            return null;
        }
        return "p: " + below + " of " + n + " below 0.05, " + fixed(0.05 * n, 1) + " expected by chance if the engine matches the"
                + " theory; the smallest " + p(least.p()) + ", " + least.set() + " " + least.quantity();
    }

    private static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** The CSV text: {@link #CSV_HEADER}, then one line per row with plain numbers (empty when not finite). */
    static String csv(List<ValidationRow> rows) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (ValidationRow r : rows) {
            b.append(String.join(",", cell(r.model()), cell(r.set()), cell(r.quantity()), Num.format(r.expected()),
                    Num.format(r.simulated()), Num.format(r.se()), Num.format(r.z()), r.pass() ? "PASS" : "FAIL", Num.format(r.p())))
                    .append('\n');
        }
        return b.toString();
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Writes the CSV atomically ({@link TextFiles#write}); a target that is not a regular file is bad input. */
    static void writeCsv(Path file, List<ValidationRow> rows) {
        try {
            TextFiles.write(file, csv(rows));
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("--csv: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("--csv: " + e.getMessage(), e.getCause());
        }
    }

    /** What every model's subcommand shares: the options in force and the run's length. */
    abstract static class ModelCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        ValidateCommand parent;

        @Mixin
        Shared shared;

        @Mixin
        RunOptions run;

        /** The options in force: this model's, else those given before it, else the defaults. */
        Settings settings() {
            return Settings.of(spec.commandLine(), shared, parent == null ? null : parent.shared);
        }
    }

    /** The monthly search probabilities of Burdett–Mortensen and Postel-Vinay–Robin. */
    static final class SearchRates {
        @Option(names = "--d", required = true, paramLabel = "D", description = "separation probability per month, in (0,1]")
        double d;

        @Option(names = "--l0", required = true, paramLabel = "L0", description = "offer probability when unemployed, in (0,1]")
        double l0;

        @Option(names = "--l1", required = true, paramLabel = "L1", description = "offer probability when employed, in (0,1]")
        double l1;
    }

    /** {@code validate bm}: Burdett–Mortensen at its equilibrium offer distribution. */
    @Command(name = "bm", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Validate Burdett-Mortensen (wage posting, on-the-job search) with any parameters: "
                + "u, the earned-wage distribution (KS, mean, quantiles) and job-to-job flows."},
            footer = {"", "Probabilities are per month; d + l1 must be at most 1 and b < p.",
                "Exit codes: 0 every check passes, 1 a check fails, 2 bad parameters or usage."})
    static final class Bm extends ModelCommand {
        static final int DEFAULT_MONTHS = 120;


        @Mixin
        private LabsOption labs;

        @Mixin
        private SearchRates rates;

        @Option(names = "--b", required = true, paramLabel = "B", description = "value of unemployment")
        double b;

        @Option(names = "--p", required = true, paramLabel = "P", description = "lab productivity, > b")
        double p;

        @Override
        public Integer call() {
            Settings s = settings();
            TheoryMarkets.Options o = s.options(run, labs, DEFAULT_MONTHS);
            BurdettMortensen m = parameters(() -> new BurdettMortensen(rates.d, rates.l0, rates.l1, b, p));
            requireOffersToUnemployed(rates.l0);
            engineAccepts(() -> TheoryMarkets.burdettMortensen(m, o));
            Validation.Checked c = s.note("BM " + CUSTOM, o.months(), () -> Validation.bmChecked(CUSTOM, m, o));
            return report(spec.commandLine(), c.rows(), s.csv, shortRun(c, o.months(), rates.d));
        }
    }

    /** {@code validate pvr}: Postel-Vinay–Robin with F uniform on [pmin, pmax] and b = pmin. */
    @Command(name = "pvr", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Validate Postel-Vinay-Robin (sequential auctions with counter-offers) with any parameters, "
                + "F uniform on [pmin, pmax] and b = pmin: u, share at reference b, job-to-job and raise rates, wages."},
            footer = {"", "Probabilities are per month; d + l1 must be at most 1 and pmin < pmax.",
                "Exit codes: 0 every check passes, 1 a check fails, 2 bad parameters or usage."})
    static final class Pvr extends ModelCommand {
        static final int DEFAULT_MONTHS = 240;


        @Mixin
        private LabsOption labs;

        @Mixin
        private SearchRates rates;

        @Option(names = "--beta", required = true, paramLabel = "BETA", description = "monthly discount factor, in [0,1]")
        double beta;

        @Option(names = "--pmin", required = true, paramLabel = "PMIN", description = "lowest productivity (= b)")
        double pmin;

        @Option(names = "--pmax", required = true, paramLabel = "PMAX", description = "highest productivity, > pmin")
        double pmax;

        @Override
        public Integer call() {
            Settings s = settings();
            TheoryMarkets.Options o = s.options(run, labs, DEFAULT_MONTHS);
            if (!(pmin < pmax)) {   // the theory's own words ("lower must be < upper") name neither option
                throw new Main.BadInput("--pmin must be < --pmax, was --pmin " + plain(pmin) + " and --pmax " + plain(pmax));
            }
            PostelVinayRobin m = parameters(() -> PostelVinayRobin.uniform(rates.d, rates.l0, rates.l1, beta, pmin, pmax));
            requireOffersToUnemployed(rates.l0);
            engineAccepts(() -> TheoryMarkets.postelVinayRobin(m, o));
            Validation.Checked c = s.note("PVR " + CUSTOM, o.months(), () -> Validation.pvrChecked(CUSTOM, m, o));
            return report(spec.commandLine(), c.rows(), s.csv, shortRun(c, o.months(), rates.d));
        }
    }

    /** {@code validate mp}: Mortensen–Pissarides with V = θ·U vacancies each month. */
    @Command(name = "mp", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Validate Mortensen-Pissarides (matching function A u^eta v^(1-eta), vacancies theta U each "
                + "month) with any parameters: u and the job-finding probability f(theta)."},
            footer = {"", "Exit codes: 0 every check passes, 1 a check fails, 2 bad parameters or usage."})
    static final class Mp extends ModelCommand {
        static final int DEFAULT_MONTHS = 240;


        @Option(names = "--s", required = true, paramLabel = "S", description = "separation probability per month, in (0,1]")
        double s;

        @Option(names = "--a", required = true, paramLabel = "A", description = "matching efficiency, > 0")
        double a;

        @Option(names = "--eta", required = true, paramLabel = "ETA", description = "elasticity of matches to unemployment, in [0,1)")
        double eta;

        @Option(names = "--theta", required = true, paramLabel = "THETA", description = "tightness v/u, > 0")
        double theta;

        @Override
        public Integer call() {
            Settings st = settings();
            TheoryMarkets.Options o = st.options(run, null, DEFAULT_MONTHS);
            MortensenPissarides m = parameters(() -> new MortensenPissarides(s, a, eta));
            if (!(theta > 0 && theta < Double.POSITIVE_INFINITY)) {
                throw new Main.BadInput("theta must be > 0 and finite to validate (with theta = 0 nobody is ever hired), was "
                        + theta);
            }
            engineAccepts(() -> TheoryMarkets.mortensenPissarides(m, theta, o));
            List<ValidationRow> rows = st.note("MP " + CUSTOM, o.months(), () -> Validation.mp(CUSTOM, m, theta, o));
            return report(spec.commandLine(), rows, st.csv, shortMpRun(Math.abs(1 - s - m.jobFinding(theta)), o.months()));
        }
    }
}

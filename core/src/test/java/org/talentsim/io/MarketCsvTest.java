package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.internal.Num;
import org.talentsim.metrics.MarketRow;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * {@code market.csv}: the market's series per tick, as {@link RunResult#market()} gives it in
 * Java (no file held it: unemployment over time could not be drawn from the files alone, an
 * economist's review), and consistent with the other files: its employed are the labs'
 * headcounts, its unemployment the share its counts give, its moves the rows of {@code moves.csv}.
 */
class MarketCsvTest {
    @Test
    void theMarketsSeriesIsWrittenAndAgreesWithTheOtherFiles(@TempDir Path tmp) throws IOException {
        Scenario s = Worlds.twoLabWar(11).withMonths(12).withSeed(3);
        RunResult r = Talentsim.defaults().run(s, tmp.resolve("out"));
        List<String> lines = Files.readAllLines(tmp.resolve("out/market.csv"));
        assertEquals(ResultWriter.MARKET_HEADER, lines.get(0));
        assertEquals(s.months() + 1, lines.size(), "a row per tick");
        Map<Integer, Integer> headcounts = new HashMap<>();
        List<String> labs = Files.readAllLines(tmp.resolve("out/labs.csv"));
        for (String l : labs.subList(1, labs.size())) {
            String[] c = l.split(",", -1);
            headcounts.merge(Integer.parseInt(c[0]), Integer.parseInt(c[3]), Integer::sum);
        }
        Map<Integer, Integer> moves = new HashMap<>();
        List<String> mv = Files.readAllLines(tmp.resolve("out/moves.csv"));
        for (String l : mv.subList(1, mv.size())) {
            moves.merge(Integer.parseInt(l.substring(0, l.indexOf(','))), 1, Integer::sum);
        }
        int seekersSeen = 0;
        for (int k = 1; k < lines.size(); k++) {
            String[] c = lines.get(k).split(",", -1);
            MarketRow m = r.market().get(k - 1);
            assertEquals(String.join(",", Integer.toString(m.tick()), m.date(), Integer.toString(m.employed()),
                    Integer.toString(m.notice()), Integer.toString(m.seeking()), Integer.toString(m.exited()),
                    Num.format(m.unemployment()), Integer.toString(m.moves()), Num.format(m.meanSalary())), lines.get(k),
                    "the API's row");
            int tick = Integer.parseInt(c[0]);
            assertEquals(k, tick);
            int employed = Integer.parseInt(c[2]);
            int notice = Integer.parseInt(c[3]);
            int seeking = Integer.parseInt(c[4]);
            assertEquals(headcounts.get(tick), employed, "labs.csv's headcounts at tick " + tick);
            double u = (notice + seeking) / (double) (employed + notice + seeking);
            assertEquals(u, Double.parseDouble(c[6]), 1e-9, "unemployment at tick " + tick);
            assertEquals(moves.getOrDefault(tick, 0), Integer.parseInt(c[7]), "moves.csv's rows at tick " + tick);
            seekersSeen += seeking;
        }
        assertTrue(seekersSeen > 0, "the pool is not empty: the series says something");
    }
}

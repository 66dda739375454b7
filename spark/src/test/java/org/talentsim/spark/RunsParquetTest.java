package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runs.parquet is the same bytes for the same rows, in any JVM. parquet-java lists each column's
 * encodings in its footer from a hash set of enum constants, in an order that follows their
 * identity hash codes: two identical experiments wrote runs.parquet files holding equal tables in
 * different bytes (in about one JVM of three here).
 */
class RunsParquetTest {
    static final String ROWS = "run,cell,replication,seed,a.b,c\n0,\"x,1\",0,5,1.5,\n1,y,1,6,2.5,3\n2,y,2,7,,4\n";

    /** Writes args[0] (a runs.csv) to args[1] as runs.parquet: one JVM's write. */
    public static void main(String[] args) {
        RunsParquet.write(Path.of(args[0]), new org.apache.hadoop.fs.Path(Path.of(args[1]).toUri()), new Configuration());
    }

    @Test
    void theSameRowsAreTheSameBytesInEveryJvm(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("runs.csv"), ROWS);
        Set<String> digests = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            Path out = dir.resolve("runs-" + i + ".parquet");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RunsParquetTest.class.getName(), csv.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("jvm-" + i + ".log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            assertEquals(0, p.exitValue(), () -> read(dir.resolve("jvm-0.log")));
            digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))));
            for (List<Encoding> e : encodings(Files.readAllBytes(out))) {
                List<Encoding> sorted = new ArrayList<>(e);
                sorted.sort(java.util.Comparator.comparingInt(Encoding::getValue));
                assertEquals(sorted, e, "a column's encodings in the footer, in ascending order");
            }
        }
        assertEquals(1, digests.size(), "six JVMs, one file: " + digests);
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".")), "no hidden file left beside them");
        }
    }

    /** The footer's lists are put in order whatever order they were written in (here reversed). */
    @Test
    void encodingsWrittenInAnyOrderAreListedInOne(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("runs.csv"), ROWS);
        RunsParquet.write(csv, new org.apache.hadoop.fs.Path(dir.resolve("runs.parquet").toUri()), new Configuration());
        byte[] ordered = Files.readAllBytes(dir.resolve("runs.parquet"));
        byte[] reversed = withFooter(ordered, meta -> {
            for (RowGroup g : meta.getRow_groups()) {
                for (ColumnChunk c : g.getColumns()) {
                    List<Encoding> e = new ArrayList<>(c.getMeta_data().getEncodings());
                    Collections.reverse(e);
                    c.getMeta_data().setEncodings(e);
                }
            }
        });
        assertFalse(java.util.Arrays.equals(ordered, reversed), "the columns have several encodings each");
        Files.write(dir.resolve("reversed.parquet"), reversed);
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
        RunsParquet.withEncodingsInOrder(fs, new org.apache.hadoop.fs.Path(dir.resolve("reversed.parquet").toUri()),
                new org.apache.hadoop.fs.Path(dir.resolve("again.parquet").toUri()));
        assertArrayEquals(ordered, Files.readAllBytes(dir.resolve("again.parquet")));
    }

    static List<List<Encoding>> encodings(byte[] file) throws Exception {
        List<List<Encoding>> out = new ArrayList<>();
        for (RowGroup g : footer(file).getRow_groups()) {
            for (ColumnChunk c : g.getColumns()) {
                out.add(c.getMeta_data().getEncodings());
            }
        }
        return out;
    }

    static FileMetaData footer(byte[] file) throws Exception {
        int n = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - n, n));
    }

    static byte[] withFooter(byte[] file, java.util.function.Consumer<FileMetaData> change) throws Exception {
        int n = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        FileMetaData meta = footer(file);
        change.accept(meta);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, file.length - 8 - n);
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        Util.writeFileMetaData(meta, f);
        f.writeTo(out);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(f.size()).array());
        out.write(file, file.length - 4, 4);
        return out.toByteArray();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}

package org.talentsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * {@code runs.parquet}: the rows of an experiment's {@code runs.csv} as one Parquet file, written
 * by the driver to any Hadoop-compatible path, for pandas/pyarrow, R arrow, DuckDB or Spark SQL.
 * Columns: {@code run} (int32), {@code cell} (string), {@code replication} (int32), {@code seed}
 * (int64), then every metric as an optional double (null where the CSV cell is empty), named as
 * in the CSV.
 */
public final class RunsParquet {
    private RunsParquet() {}

    /**
     * Writes {@code runsCsv}'s rows to {@code target} (replaced if it exists): into a hidden file
     * beside it, renamed to {@code target} once whole, so that a driver stopped while writing
     * leaves no truncated runs.parquet (it left a 0-byte one, which readers reject). The same rows
     * give the same bytes in any JVM (see {@link #withEncodingsInOrder}).
     */
    public static void write(java.nio.file.Path runsCsv, org.apache.hadoop.fs.Path target, Configuration hadoop) {
        Configuration conf = new Configuration(hadoop);
        // on a local disk, no .runs.parquet.crc beside the file (the checksummed local file system's)
        conf.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        conf.setBoolean("fs.file.impl.disable.cache", true);
        String first;
        try (java.io.BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
            first = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = first.split(",", -1);
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT32).named("run");
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("cell");
        b.required(PrimitiveTypeName.INT32).named("replication");
        b.required(PrimitiveTypeName.INT64).named("seed");
        for (int c = 4; c < header.length; c++) {
            b.optional(PrimitiveTypeName.DOUBLE).named(header[c]);
        }
        MessageType schema = b.named("run");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        org.apache.hadoop.fs.Path raw = new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + ".raw.partial");
        org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + ".partial");
        boolean whole = false;
        try {
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(raw, conf))
                    .withConf(conf).withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
                    java.io.BufferedReader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8)) {
                // row by row: memory stays flat however many runs there are
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = cells(line, header.length);
                    Group g = groups.newGroup().append("run", Integer.parseInt(f[0])).append("cell", f[1])
                            .append("replication", Integer.parseInt(f[2])).append("seed", Long.parseLong(f[3]));
                    for (int c = 4; c < header.length; c++) {
                        if (!f[c].isEmpty()) {
                            g.append(header[c], Double.parseDouble(f[c]));
                        }
                    }
                    w.write(g);
                }
            }
            org.apache.hadoop.fs.FileSystem fs = target.getFileSystem(conf);
            withEncodingsInOrder(fs, raw, partial);
            fs.delete(target, false);   // (rename does not replace on HDFS)
            if (!fs.rename(partial, target)) {
                throw new IOException("cannot rename " + partial + " to " + target);
            }
            whole = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            removeQuietly(raw, conf);
            if (!whole) {
                removeQuietly(partial, conf);
            }
        }
    }

    private static void removeQuietly(org.apache.hadoop.fs.Path p, Configuration conf) {
        try {
            p.getFileSystem(conf).delete(p, false);
        } catch (IOException e) {
            // a hidden leftover the next write replaces; the error that matters is already on its way
        }
    }

    /**
     * Copies the Parquet file {@code from} to {@code to} with each column's list of encodings in
     * the footer in ascending order. parquet-java lists them from a {@code HashSet} of enum
     * constants, whose order follows their identity hash codes and so changes from one JVM to the
     * next: without this, two runs of the same experiment wrote runs.parquet files holding equal
     * tables in different bytes. The sorted list has the same elements, so every offset in the
     * file stays as written.
     */
    static void withEncodingsInOrder(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path from,
            org.apache.hadoop.fs.Path to) throws IOException {
        long length = fs.getFileStatus(from).getLen();
        try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(from)) {
            byte[] tail = new byte[8];
            in.readFully(length - 8, tail);
            if (!"PAR1".equals(new String(tail, 4, 4, StandardCharsets.US_ASCII))) {
                throw new IOException(from + " is not a Parquet file (no PAR1 at its end)");
            }
            int footerLength = java.nio.ByteBuffer.wrap(tail, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            long footerStart = length - 8 - footerLength;
            byte[] footer = new byte[footerLength];
            in.readFully(footerStart, footer);
            FileMetaData meta = Util.readFileMetaData(new java.io.ByteArrayInputStream(footer));
            for (RowGroup group : meta.getRow_groups()) {
                for (ColumnChunk column : group.getColumns()) {
                    ColumnMetaData m = column.getMeta_data();
                    List<Encoding> encodings = new ArrayList<>(m.getEncodings());
                    encodings.sort(Comparator.comparingInt(Encoding::getValue));
                    m.setEncodings(encodings);
                }
            }
            java.io.ByteArrayOutputStream sorted = new java.io.ByteArrayOutputStream(footerLength);
            Util.writeFileMetaData(meta, sorted);
            try (org.apache.hadoop.fs.FSDataOutputStream out = fs.create(to, true)) {
                in.seek(0);
                byte[] buffer = new byte[1 << 16];
                for (long left = footerStart; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new java.io.EOFException(from.toString());
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
                sorted.writeTo(out);
                out.write(java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(sorted.size()).array());
                out.write(tail, 4, 4);
            }
        }
    }

    /** A CSV line's cells: the cell label may be quoted (it holds commas); numbers never are. */
    static String[] cells(String line, int n) {
        String[] out = new String[n];
        int k = 0;
        int i = 0;
        while (k < n) {
            StringBuilder cell = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (i < line.length()) {
                    char ch = line.charAt(i++);
                    if (ch == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(ch);
                    }
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            }
            out[k++] = cell.toString();
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            }
        }
        return out;
    }
}

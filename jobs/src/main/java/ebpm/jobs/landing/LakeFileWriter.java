package ebpm.jobs.landing;

import ebpm.analytics.lake.LakeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Writes the lake rows of one landing file: one Parquet file per partition value, named by the landing file's
 * checksum, written aside and moved into place only on {@link #commit(List)}, so readers never see half a file
 * and a rerun of the same landing file replaces its own output instead of adding to it.
 */
public final class LakeFileWriter implements AutoCloseable {

    private static final String SOURCE_FILE = "source_file";
    private static final String SOURCE_CHECKSUM = "source_checksum";
    private static final String SOURCE_LINE = "source_line";

    private final LakeTable table;
    private final Path lake;
    private final String fileStem;
    private final Map<Object, ParquetWriter<Object[]>> writers = new LinkedHashMap<>();
    private final Map<Object, Path> pending = new LinkedHashMap<>();
    private long rows;

    public LakeFileWriter(LakeTable table, Path lake, String fileStem) {
        this.table = table;
        this.lake = lake;
        this.fileStem = fileStem;
    }

    /** Appends one row; {@code partitionValue} is ignored for unpartitioned tables. */
    public void write(Object partitionValue, Object[] row) throws IOException {
        Object key = table.partition().isPresent() ? partitionValue : "";
        ParquetWriter<Object[]> writer = writers.get(key);
        if (writer == null) {
            writer = open(key);
            writers.put(key, writer);
        }
        writer.write(row);
        rows++;
    }

    public long rows() {
        return rows;
    }

    /**
     * Closes the files and moves each into place atomically, each over the file of {@code earlier} (the lake files
     * an earlier read of the same landing content wrote) in the same partition folder, if any; see
     * {@link ReplacingMove}. Returns the final paths.
     */
    public List<Path> commit(List<Path> earlier) throws IOException {
        closeWriters();
        List<Path> committed = new ArrayList<>();
        for (Map.Entry<Object, Path> entry : pending.entrySet()) {
            Path target = finalPath(entry.getKey());
            Path earlierInFolder = earlier.stream()
                    .filter(file -> target.getParent().equals(file.getParent()))
                    .findFirst().orElse(null);
            ReplacingMove.move(entry.getValue(), target, earlierInFolder);
            committed.add(target);
        }
        pending.clear();
        return committed;
    }

    /** Drops what was written (used when the landing file fails part-way). */
    @Override
    public void close() {
        try {
            closeWriters();
            for (Path temp : pending.values()) {
                Files.deleteIfExists(temp);
            }
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParquetWriter<Object[]> open(Object key) throws IOException {
        Path folder = folder(key);
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + fileStem + ".parquet.tmp");
        Files.deleteIfExists(temp);
        pending.put(key, temp);
        return new Builder(new LocalOutputFile(temp), table)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                // A line number is unique per row: a dictionary for it is built per row group only to be dropped.
                .withDictionaryEncoding(SOURCE_LINE, false)
                // Per-value size statistics cost a pass over every string; no reader of the lake uses them.
                .withSizeStatisticsEnabled(false)
                // Provenance text is the same on every row of a file and nothing filters on it: min/max statistics
                // would compare its 40–64 bytes twice per row for no reader's benefit.
                .withStatisticsEnabled(SOURCE_FILE, false)
                .withStatisticsEnabled(SOURCE_CHECKSUM, false)
                .withConf(new Configuration(false))
                .build();
    }

    private Path folder(Object key) {
        Path folder = table.folder(lake);
        return table.partition().map(p -> folder.resolve(p.name() + "=" + key)).orElse(folder);
    }

    private Path finalPath(Object key) {
        return folder(key).resolve(fileStem + ".parquet");
    }

    private void closeWriters() throws IOException {
        for (ParquetWriter<Object[]> writer : writers.values()) {
            writer.close();
        }
        writers.clear();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final LakeTable table;

        Builder(OutputFile file, LakeTable table) {
            super(file);
            this.table = table;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new LakeRowWriteSupport(table);
        }
    }
}

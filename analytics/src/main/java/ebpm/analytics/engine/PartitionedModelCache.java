package ebpm.analytics.engine;

import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.lake.LakeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Keeps the rows of a {@code computed_per} model as one Parquet file per lake partition, in a folder of the work
 * area ({@code <cache>/<model>/fiscal_year=2020/<fingerprint>.parquet}). The fingerprint covers the partition's lake
 * files (name, size, modification time) and the model's definition, so a night recomputes only the partitions whose
 * files changed, usually the current year's, and reads the others back instead of the whole history.
 */
final class PartitionedModelCache {

    /** Writes the model's rows computed from some lake files (one partition's) to a Parquet file. */
    interface Computation {
        void writeRows(List<Path> lakeFiles, Path parquet) throws SQLException;
    }

    private final Path folder;

    PartitionedModelCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The files holding the model's rows, one per partition of {@code source} in the lake, computing those whose
     * partition changed. Empty when the lake holds no partition of it, or holds files outside partition folders: then
     * the model is computed as a whole.
     */
    List<Path> rows(String model, String definition, LakeTable source, Path lake, Computation computation)
            throws SQLException {
        Optional<TreeMap<String, List<Path>>> partitions = partitions(source, lake);
        if (partitions.isEmpty()) {
            return List.of();
        }
        Path modelFolder = folder.resolve(model);
        List<Path> kept = new ArrayList<>();
        try {
            for (var partition : partitions.get().entrySet()) {
                Path partitionFolder = modelFolder.resolve(partition.getKey());
                String fingerprint = fingerprint(definition, lake, partition.getValue());
                Path file = partitionFolder.resolve(fingerprint + ".parquet");
                if (!Files.exists(file)) {
                    write(computation, partition.getValue(), partitionFolder, file);
                }
                kept.add(file);
            }
            deleteAllBut(modelFolder, partitions.get().keySet().stream().map(modelFolder::resolve).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the rows of " + model + " in " + modelFolder, e);
        }
        return kept;
    }

    private static void write(Computation computation, List<Path> lakeFiles, Path partitionFolder, Path file)
            throws IOException, SQLException {
        Files.createDirectories(partitionFolder);
        // A name of its own: an `ebpm evidence` run may compute the same partition beside the nightly.
        Path aside = partitionFolder.resolve(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        computation.writeRows(lakeFiles, aside);
        try {
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // The other run cleared our file aside after placing the same rows: theirs serve.
            if (!Files.exists(file)) {
                throw e;
            }
        }
        deleteAllBut(partitionFolder, List.of(file));
    }

    /** The table's Parquet files by partition folder name ({@code fiscal_year=2020}), if every file is in one. */
    private static Optional<TreeMap<String, List<Path>>> partitions(LakeTable source, Path lake) {
        Path tableFolder = source.folder(lake);
        String prefix = source.partition().orElseThrow().name() + "=";
        TreeMap<String, List<Path>> partitions = new TreeMap<>();
        for (Path file : LakeViews.files(source, lake)) {
            Path relative = tableFolder.relativize(file);
            if (relative.getNameCount() < 2 || !relative.getName(0).toString().startsWith(prefix)) {
                return Optional.empty();
            }
            partitions.computeIfAbsent(relative.getName(0).toString(), name -> new ArrayList<>()).add(file);
        }
        return partitions.isEmpty() ? Optional.empty() : Optional.of(partitions);
    }

    private static String fingerprint(String definition, Path lake, List<Path> lakeFiles) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        digest.update(definition.getBytes(StandardCharsets.UTF_8));
        for (Path file : lakeFiles) {
            String identity = "\n" + lake.relativize(file) + "\t" + Files.size(file) + "\t"
                    + Files.getLastModifiedTime(file).toMillis();
            digest.update(identity.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static void deleteAllBut(Path folder, List<Path> keep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(entry -> !keep.contains(entry)).toList()) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : tree.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (NoSuchFileException e) {
            // Already gone: another run cleared it.
        }
    }

}

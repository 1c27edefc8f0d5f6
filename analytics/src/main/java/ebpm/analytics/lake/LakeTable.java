package ebpm.analytics.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The contract of one dataset in the Parquet lake: the folder it lives in, the Hive partition column
 * (encoded in the folder name, not stored in the files) and the columns every file holds.
 * Ingest jobs write to it; engines read it under the view name {@code src_<name>}.
 */
public record LakeTable(String name, Optional<LakeColumn> partition, List<LakeColumn> columns) {

    public Path folder(Path lake) {
        return lake.resolve(name);
    }

    public String sourceView() {
        return "src_" + name;
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + column);
    }
}

package ebpm.evidence.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the rows of one relation an evidence query reads (a model, a lake view, the indicator values) as a
 * Parquet file: what a notebook re-runs the query over, with any DuckDB or pandas, without the engine's database.
 */
@FunctionalInterface
public interface RelationExtract {

    void writeParquet(String relation, Path file) throws IOException;
}

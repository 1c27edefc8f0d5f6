package ebpm.jobs;

import ebpm.analytics.indicatordb.IndicatorStore;

/**
 * Where a run keeps its state: the work folder (lake, rejects, evidence), the indicator database and the Spring
 * Batch job repository. By default both databases are embedded files in the work folder; PostgreSQL is chosen by
 * giving its JDBC URL, with the credentials in the environment.
 *
 * @param jobRepositoryUrl the job repository's JDBC URL: H2 (embedded default) or PostgreSQL
 */
public record Storage(WorkFolder work, IndicatorStore indicators, String jobRepositoryUrl) {

    /** Everything embedded in the work folder: the zero-configuration default. */
    public static Storage embedded(WorkFolder work) {
        return new Storage(work, IndicatorStore.duckDbFile(work.indicatorDatabase()), work.jobRepositoryUrl());
    }

    public boolean jobRepositoryEmbedded() {
        return jobRepositoryUrl.startsWith("jdbc:h2:");
    }
}

package ebpm.web;

import ebpm.web.evidence.EvidenceSource;
import ebpm.web.operations.OperationsSource;
import ebpm.web.submissions.HealthSubmissions;

/**
 * What the app reads and writes, handed over by the command that starts it ({@code ebpm serve} in jobs): the web
 * module knows nothing of Spring Batch, the lake or the indicator database.
 */
public record WebSources(EvidenceSource evidence, OperationsSource operations, HealthSubmissions submissions) {
}

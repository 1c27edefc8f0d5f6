package ebpm.web.evidence;

import ebpm.evidence.catalog.EvidenceCatalog;
import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.export.EvidenceDocument;
import java.util.List;
import java.util.Map;

/**
 * Where the web app gets evidence tables: the same catalog, filters and builder as {@code ebpm evidence}
 * (implemented in jobs with its {@code EvidenceWriter}), so a download is the file the command writes.
 */
public interface EvidenceSource {

    EvidenceCatalog catalog();

    /** What the filter inputs offer: the fiscal years with data, the municipalities, sites, indicators, plans. */
    FilterChoices choices() throws Exception;

    /** The municipalities by code and name, from the project's seed: known before any night has run. */
    List<FilterChoices.Choice> municipalities();

    /**
     * Builds the table for {@code filters} (by parameter name, the text a user gave, as on the command line).
     *
     * @throws IllegalArgumentException when a filter value cannot be used
     * @throws ebpm.evidence.query.NoDataYetException when a default comes from data that is not there yet
     */
    EvidenceDocument build(EvidenceDefinition definition, Map<String, String> filters) throws Exception;

    /**
     * The areas (code and name; the prefecture first) and breakdowns one indicator has values for, for the
     * indicator explorer's inputs; both empty for an indicator without values yet.
     */
    IndicatorSlices slicesOf(String indicatorCode) throws Exception;

    /** What an indicator can be looked at by: the areas and the breakdowns it has values for. */
    record IndicatorSlices(List<FilterChoices.Choice> areas, List<String> breakdowns) {
    }

    /** Changes when a night published new figures, so a page kept from before is built again. */
    String version() throws Exception;
}

package ebpm.analytics.checks;

import ebpm.analytics.catalog.Layer;
import ebpm.analytics.catalog.Model;
import ebpm.analytics.catalog.ModelCatalog;
import ebpm.analytics.engine.DuckDbMemory;
import ebpm.analytics.engine.DuckDbSession;
import ebpm.analytics.engine.IndicatorComputation;
import ebpm.analytics.engine.IndicatorValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The night's data checks (dbt's {@code build}), between computing the indicators and storing them: every
 * intermediate model's declared checks on its rows of tonight (in a DuckDB session over the lake), every indicator
 * model's on the values the engine computed. An indicator whose own check, or a check of a model it reads, failed
 * with severity {@code error} is held back: its previous values stay.
 *
 * <p>Staging models are not checked at night: they have the lake's grain (ten million page-view rows), the ingest
 * checks every row and key they read, and {@code ModelGrainTest} checks their declared grain on the sample.
 * Intermediate models are aggregates the indicators read anyway, so checking them costs little.
 */
public final class ModelCheckGate implements IndicatorComputation.Gate {

    private final ModelCatalog catalog;
    private final DuckDbSession session;
    private final List<CheckResult> failed = new ArrayList<>();
    private final Set<String> heldBack = new LinkedHashSet<>();

    /** @param session where the intermediate models are computed: the night's engine when it is DuckDB */
    public ModelCheckGate(ModelCatalog catalog, DuckDbSession session) {
        this.catalog = catalog;
        this.session = session;
    }

    @Override
    public Set<String> heldBack(Map<Model, List<IndicatorValue>> computed) throws SQLException {
        Set<String> broken = new HashSet<>();
        CheckRunner onSession = new CheckRunner(session.connection());
        for (Model model : catalog.models()) {
            if (model.layer() == Layer.INTERMEDIATE) {
                session.materialiseModelsReadBy(model.name());
                for (DataCheck check : DataChecks.of(model)) {
                    note(onSession.run(check, model.name()), broken);
                }
            }
        }
        try (Connection values = DuckDbMemory.inMemory()) {
            CheckRunner onValues = new CheckRunner(values);
            for (Map.Entry<Model, List<IndicatorValue>> entry : computed.entrySet()) {
                ComputedValuesTable.fill(values, entry.getValue());
                for (DataCheck check : DataChecks.of(entry.getKey())) {
                    note(onValues.run(check, ComputedValuesTable.NAME), broken);
                }
            }
        }
        for (Model indicator : computed.keySet()) {
            if (broken.contains(indicator.name())
                    || catalog.upstream(indicator).stream().anyMatch(model -> broken.contains(model.name()))) {
                heldBack.add(indicator.name());
            }
        }
        return Set.copyOf(heldBack);
    }

    private void note(CheckResult result, Set<String> broken) {
        if (!result.passed()) {
            failed.add(result);
            if (result.check().severity() == Severity.ERROR) {
                broken.add(result.check().model().name());
            }
        }
    }

    /** The checks that failed tonight, in the order they ran. */
    public List<CheckResult> failed() {
        return List.copyOf(failed);
    }

    /** Whether a check of severity error failed (the night's own exit code). */
    public boolean anyErrors() {
        return failed.stream().anyMatch(result -> result.check().severity() == Severity.ERROR);
    }

    /** The indicator models held back at their previous values, by name. */
    public Set<String> heldBackModels() {
        return Set.copyOf(heldBack);
    }
}

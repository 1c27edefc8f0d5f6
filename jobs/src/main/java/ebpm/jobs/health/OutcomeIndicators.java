package ebpm.jobs.health;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome indicators (評価指標) health projects are evaluated with, and which way is better, so that an
 * improvement can be told from a worsening. A municipality using an indicator not listed here has its row rejected
 * with the list, and the indicator is added here.
 */
final class OutcomeIndicators {

    private static final Map<String, Boolean> HIGHER_IS_BETTER = new LinkedHashMap<>();

    static {
        lowerIsBetter("HbA1c", "収縮期血圧", "拡張期血圧", "腹囲", "体重", "BMI", "中性脂肪", "LDLコレステロール", "喫煙率");
        higherIsBetter("eGFR", "1日平均歩数", "特定健診受診率", "特定保健指導実施率");
    }

    private OutcomeIndicators() {
    }

    /** True when a higher value is better; empty for an indicator not listed. Full-width forms are forgiven. */
    static Optional<Boolean> higherIsBetter(String indicator) {
        return Optional.ofNullable(HIGHER_IS_BETTER.get(canonical(indicator)));
    }

    /** The indicator as stored: full-width letters and digits made half-width (ＨｂＡ１ｃ → HbA1c). */
    static String canonical(String indicator) {
        return Normalizer.normalize(indicator, Normalizer.Form.NFKC).strip();
    }

    static String known() {
        return String.join(", ", HIGHER_IS_BETTER.keySet());
    }

    private static void lowerIsBetter(String... indicators) {
        for (String indicator : indicators) {
            HIGHER_IS_BETTER.put(indicator, false);
        }
    }

    private static void higherIsBetter(String... indicators) {
        for (String indicator : indicators) {
            HIGHER_IS_BETTER.put(indicator, true);
        }
    }
}

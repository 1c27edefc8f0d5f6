package ebpm.jobs.observations;

import ebpm.jobs.measures.Quantity;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads a count published with Japanese scale words into base units: {@code 184,594千人} → 184,594,000 人,
 * {@code 1億9,297万人} → 192,970,000 人, {@code 2億69万人} → 200,690,000 人. Scales must descend (億, 万, 千);
 * the text after the last number is the unit.
 */
public final class PublishedCount {

    private PublishedCount() {
    }

    /** The count in base units with the published text kept; empty when the text uses no scale word or is no count. */
    public static Optional<Quantity> parse(String published) {
        String text = Normalizer.normalize(published, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (text.indexOf('億') < 0 && text.indexOf('万') < 0 && text.indexOf('千') < 0) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        int position = 0;
        int lastScale = Integer.MAX_VALUE;
        while (position < text.length()) {
            int end = numberEnd(text, position);
            if (end == position) {
                break;
            }
            BigDecimal number = new BigDecimal(text.substring(position, end).replace(",", ""));
            int scale = end < text.length() ? scaleOf(text.charAt(end)) : 0;
            if (scale >= lastScale) {
                return Optional.empty();
            }
            total = total.add(number.scaleByPowerOfTen(scale));
            lastScale = scale;
            position = scale == 0 ? end : end + 1;
            if (scale == 0) {
                break;
            }
        }
        if (lastScale == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        String unit = text.substring(position);
        if (!unit.codePoints().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(published.strip(), total.doubleValue(), unit, null, null));
    }

    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isDigit(text.charAt(i))
                || (i > from && (text.charAt(i) == ',' || text.charAt(i) == '.')))) {
            i++;
        }
        return i;
    }

    /** The power of ten a scale word stands for; 0 for anything else. */
    private static int scaleOf(char c) {
        return switch (c) {
            case '億' -> 8;
            case '万' -> 4;
            case '千' -> 3;
            default -> 0;
        };
    }
}

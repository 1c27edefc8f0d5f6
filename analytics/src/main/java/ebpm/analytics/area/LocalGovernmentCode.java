package ebpm.analytics.area;

import java.util.regex.Pattern;

/**
 * The 全国地方公共団体コード: a 5-digit code (2 digits of prefecture, 3 of municipality) and a check digit,
 * e.g. 141003 for 横浜市 and 140007 for 神奈川県 itself. Only the digits are checked here; whether a code is
 * one of a prefecture's municipalities is a question for the code list.
 */
public final class LocalGovernmentCode {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    private LocalGovernmentCode() {
    }

    /** The check digit of a 5-digit code: (11 − (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11) mod 10. */
    public static int checkDigit(String fiveDigits) {
        if (!FIVE_DIGITS.matcher(fiveDigits).matches()) {
            throw new IllegalArgumentException("'" + fiveDigits + "' is not a 5-digit code");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (6 - i) * (fiveDigits.charAt(i) - '0');
        }
        return (11 - sum % 11) % 10;
    }

    /** The 6-digit code of a 5-digit one, e.g. 14100 → 141003. */
    public static String withCheckDigit(String fiveDigits) {
        return fiveDigits + checkDigit(fiveDigits);
    }

    public static boolean isSixDigits(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches();
    }

    /** True for six digits whose last one is the check digit of the first five. */
    public static boolean hasValidCheckDigit(String code) {
        return isSixDigits(code) && checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
    }

    /** The prefecture part, e.g. 14 for 141003. */
    public static int prefecture(String code) {
        return Integer.parseInt(code.substring(0, 2));
    }
}

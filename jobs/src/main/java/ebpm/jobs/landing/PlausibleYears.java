package ebpm.jobs.landing;

import ebpm.analytics.period.FiscalYear;
import ebpm.analytics.project.Project;
import java.time.LocalDate;

/**
 * The years a landing row may state: from the project's earliest fiscal year up to the run's own fiscal year plus
 * the years plans look ahead ({@code plausible_fiscal_years} in {@code ebpm_project.yml}). A year outside is a typing
 * error (2202, 2099, 1900) that would otherwise become "the latest year" of every table; it is rejected with the
 * range, and the row lands once corrected.
 */
public record PlausibleYears(int earliest, int latest) {

    public static PlausibleYears of(Project project, LocalDate asOf) {
        return new PlausibleYears(project.settings().earliestFiscalYear(),
                FiscalYear.of(asOf) + project.settings().yearsAfterAsOf());
    }

    /**
     * @param what e.g. "fiscal year" or "calendar year", as the message names it
     * @return the year, when it is plausible
     * @throws RejectedRowException naming the column, the year and the range
     */
    public int check(String column, int year, String what) {
        if (year < earliest || year > latest) {
            throw new RejectedRowException(column + ": " + what + " " + year + " is outside the plausible years "
                    + earliest + "–" + latest + " (plausible_fiscal_years in ebpm_project.yml: from its earliest to "
                    + "this run's fiscal year + after_as_of); check it for a typing error",
                    column + ": " + year + " は取り込める年（" + earliest + "〜" + latest + "）の外です。入力の誤りがないか確かめてください");
        }
        return year;
    }

    /** For a source's rules fingerprint: a file rejected for a year of the future is read again once it is plausible. */
    @Override
    public String toString() {
        return earliest + "–" + latest;
    }
}

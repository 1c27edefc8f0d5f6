package ebpm.jobs.tourism;

import static ebpm.jobs.tourism.Ga4Columns.*;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Validates one row of a GA4 page report and maps it to a lake row of its site (the page's section is the models'
 * business, from the project's seeds, so a changed mapping reaches all history). The
 * totals row (総計 / Grand total) is no page: it is kept aside and compared with the sum of the rows at the end.
 * Cells are read by hand (no regular expressions, no reflection): a file may hold millions of rows.
 */
final class PageViewRowMapper implements RowMapper {

    private static final LakeTable TABLE = LakeTables.PAGE_VIEWS;
    private static final int SITE = TABLE.indexOf("site");
    private static final int VIEW_DATE = TABLE.indexOf("view_date");
    private static final int PAGE_PATH_COLUMN = TABLE.indexOf("page_path");
    private static final int PAGE_TITLE_COLUMN = TABLE.indexOf("page_title");
    private static final int VIEWS_COLUMN = TABLE.indexOf("views");
    private static final int ACTIVE_USERS_COLUMN = TABLE.indexOf("active_users");
    private static final List<String> TOTALS_LABELS = List.of("総計", "合計", "grand total", "total", "totals");

    private final String site;
    private final HeaderIndex columns;
    private final PlausibleYears years;
    private final List<String> notes;
    private long viewsWritten;
    private long rowsRejected;
    private Long totalsViews;
    private long totalsLine;
    // The previous row's date text and its day: an export lists a day's pages together, so most rows repeat it.
    private String lastDateText;
    private LocalDate lastDate;

    /** @param notes what to say of the file whatever its rows, e.g. that its site is not in the seed */
    PageViewRowMapper(String site, HeaderIndex columns, PlausibleYears years, List<String> notes) {
        this.site = site;
        this.columns = columns;
        this.years = years;
        this.notes = notes;
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        try {
            return mapPage(row);
        } catch (RejectedRowException e) {
            rowsRejected++;
            throw e;
        }
    }

    private List<MappedRow> mapPage(TabularRow row) {
        String dateText = columns.cell(row, DATE);
        String path = columns.cell(row, PAGE_PATH);
        if (isTotalsLabel(dateText) || (dateText.isEmpty() && isTotalsLabel(path))) {
            keepTotals(row);
            return List.of();
        }
        if (!dateText.equals(lastDateText)) {
            lastDate = date(dateText);
            lastDateText = dateText;
        }
        LocalDate date = lastDate;
        if (path.isEmpty()) {
            throw new RejectedRowException(PAGE_PATH + ": is empty");
        }
        long views = count(VIEWS, columns.cell(row, VIEWS));
        String users = columns.cell(row, ACTIVE_USERS);
        Object[] values = new Object[TABLE.columns().size()];
        values[SITE] = site;
        values[VIEW_DATE] = date;
        values[PAGE_PATH_COLUMN] = path;
        values[PAGE_TITLE_COLUMN] = columns.optional(row, PAGE_TITLE);
        values[VIEWS_COLUMN] = views;
        values[ACTIVE_USERS_COLUMN] = users.isEmpty() ? null : count(ACTIVE_USERS, users);
        viewsWritten += views;
        return List.of(new MappedRow(years.check(DATE, FiscalYear.of(date), "fiscal year"), values));
    }

    /** A totals row that disagrees with the rows is worth a person's look: a row lost, or a report cut short. */
    @Override
    public List<String> finish() {
        if (totalsViews == null || totalsViews == viewsWritten) {
            return notes;
        }
        return Stream.concat(notes.stream(), Stream.of(String.format("totals row (line %d) says %,d views but the rows landed add up to %,d "
                        + "(%+,d)%s", totalsLine, totalsViews, viewsWritten, viewsWritten - totalsViews,
                rowsRejected == 0 ? "" : "; " + rowsRejected + " row(s) rejected, see the rejects file"))).toList();
    }

    private void keepTotals(TabularRow row) {
        if (totalsViews != null) {
            throw new RejectedRowException("a second totals row; the first is on line " + totalsLine);
        }
        totalsViews = count(VIEWS, columns.cell(row, VIEWS));
        totalsLine = row.lineNumber();
    }

    private static boolean isTotalsLabel(String cell) {
        // Checked on every row: a date or path settles it on the first character.
        if (cell.isEmpty() || cell.length() > 11 || Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '/') {
            return false;
        }
        return TOTALS_LABELS.contains(cell.toLowerCase(Locale.ROOT));
    }

    /**
     * YYYYMMDD as GA4 writes it; YYYY-MM-DD and YYYY/M/D (an export opened and saved in Excel) are read too. Day-first
     * or month-first forms are refused: 1/4/2020 is April or January depending on who typed it.
     */
    private static LocalDate date(String text) {
        String digits = text.length() == 8 && allDigits(text) ? text : yearMonthDay(text);
        if (digits.length() != 8 || !allDigits(digits)) {
            throw new RejectedRowException(DATE + ": '" + text + "' is not a date (GA4 writes YYYYMMDD, e.g. 20200401;"
                    + " 2020-04-01 and 2020/4/1 are read too)");
        }
        try {
            return LocalDate.of(digit(digits, 0, 4), digit(digits, 4, 6), digit(digits, 6, 8));
        } catch (DateTimeException e) {
            throw new RejectedRowException(DATE + ": '" + text + "' is no day of the calendar");
        }
    }

    /** 2020-04-01 or 2020/4/1 as 20200401; anything else as it is (and refused by the caller). */
    private static String yearMonthDay(String text) {
        String[] parts = text.split("[-/]", -1);
        if (parts.length != 3 || parts[0].length() != 4 || parts[1].isEmpty() || parts[1].length() > 2
                || parts[2].isEmpty() || parts[2].length() > 2) {
            return text;
        }
        return parts[0] + (parts[1].length() == 1 ? "0" : "") + parts[1] + (parts[2].length() == 1 ? "0" : "")
                + parts[2];
    }

    /** A whole number of views or users; thousands separators are allowed, a sign or a fraction is not. */
    private static long count(String column, String text) {
        if (text.isEmpty()) {
            throw new RejectedRowException(column + ": is empty");
        }
        long value = 0;
        boolean digits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (value > (Long.MAX_VALUE - 9) / 10) {
                    throw new RejectedRowException(column + ": '" + text + "' is too large");
                }
                value = value * 10 + (c - '0');
                digits = true;
            } else if (c != ',' || !digits) {
                throw new RejectedRowException(column + ": '" + text + "' "
                        + (c == '-' && i == 0 ? "is negative" : "is not a whole number"));
            }
        }
        return value;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digit(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}

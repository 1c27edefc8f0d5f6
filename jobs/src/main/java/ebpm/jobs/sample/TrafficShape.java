package ebpm.jobs.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How many views a section of a site gets on a day, relative to its usual level: seasons (Golden Week, summer,
 * New Year), weekdays and national holidays, growth over the years, COVID-19 (dips of the domestic site during the
 * states of emergency; the inbound site collapsing from April 2020 when entry was closed) and the 県民割 campaigns
 * boosting the domestic site's accommodation pages, times a little day-to-day noise.
 * The shapes are made to look like such traffic; they are not measurements.
 */
final class TrafficShape {

    private static final double[] MONTH = {0.95, 0.80, 0.95, 1.00, 1.10, 0.85, 1.10, 1.30, 0.95, 1.00, 1.05, 0.95};

    private final SeededNoise noise;
    private final Holidays holidays;

    TrafficShape(SeededNoise noise, Holidays holidays) {
        this.noise = noise;
        this.holidays = holidays;
    }

    double factor(SitePlan site, int section, LocalDate day) {
        double factor = season(day) * weekday(day) * years(site, day) * covid(site, day);
        if (site.domestic() && site.sections().get(section).name().equals(SitePlan.ACCOMMODATION)) {
            factor *= campaign(day);
        }
        return factor * noise.factor(0.08, site.id().hashCode(), section, day.toEpochDay(), 0);
    }

    private static double season(LocalDate day) {
        double factor = MONTH[day.getMonthValue() - 1];
        MonthDay date = MonthDay.from(day);
        if (between(date, MonthDay.of(4, 29), MonthDay.of(5, 5))) {
            factor *= 1.5; // Golden Week
        } else if (between(date, MonthDay.of(8, 8), MonthDay.of(8, 16))) {
            factor *= 1.25; // Obon
        } else if (!date.isBefore(MonthDay.of(12, 29)) || !date.isAfter(MonthDay.of(1, 3))) {
            factor *= 1.4; // New Year
        }
        return factor;
    }

    /** People plan trips at weekends and on holidays. */
    private double weekday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY) {
            return 1.2;
        }
        if (weekday == DayOfWeek.SUNDAY || holidays.contains(day)) {
            return 1.15;
        }
        return weekday == DayOfWeek.FRIDAY ? 1.0 : 0.95;
    }

    /** Growth: the domestic site 4% a year, the inbound site 8% a year until entry closed. */
    private static double years(SitePlan site, LocalDate day) {
        double years = (day.toEpochDay() - SitePlan.FIRST_DAY.toEpochDay()) / 365.25;
        return site.domestic() ? Math.pow(1.04, years) : Math.pow(1.08, Math.min(years, 4));
    }

    private static double covid(SitePlan site, LocalDate day) {
        if (site.domestic()) {
            if (on(day, "2020-04-07", "2020-05-25")) {
                return 0.45; // first state of emergency
            }
            if (on(day, "2020-05-26", "2020-06-30")) {
                return 0.7;
            }
            if (on(day, "2020-07-01", "2021-01-07")) {
                return 0.9;
            }
            if (on(day, "2021-01-08", "2021-03-21")) {
                return 0.7; // second state of emergency
            }
            if (on(day, "2021-03-22", "2021-09-30")) {
                return 0.8;
            }
            return on(day, "2021-10-01", "2022-03-31") ? 0.95 : 1.0;
        }
        if (on(day, "2020-02-01", "2020-03-31")) {
            return 0.75;
        }
        if (on(day, "2020-04-01", "2020-05-31")) {
            return 0.45; // entry closed, the world in lockdown
        }
        if (on(day, "2020-06-01", "2022-10-10")) {
            return 0.6;
        }
        return on(day, "2022-10-11", "2023-03-31") ? 0.85 : 1.0; // entry reopened
    }

    /** 県民割 (地元かながわ再発見) and the travel support that followed, promoted on the accommodation pages. */
    private static double campaign(LocalDate day) {
        if (on(day, "2020-10-01", "2020-12-27")) {
            return 3.0;
        }
        if (on(day, "2021-11-01", "2021-12-31")) {
            return 1.8;
        }
        return on(day, "2022-04-01", "2022-12-27") ? 1.6 : 1.0;
    }

    private static boolean on(LocalDate day, String first, String last) {
        return !day.isBefore(LocalDate.parse(first)) && !day.isAfter(LocalDate.parse(last));
    }

    private static boolean between(MonthDay date, MonthDay first, MonthDay last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}

package ebpm.jobs.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the generator makes for one tourism web site: its sections with their share of the views and how their
 * pages are named, how its traffic behaves, the figure it is calibrated to, and how its exports are written.
 *
 * @param domestic    true for the domestic site (COVID dips, 県民割 boost), false for the inbound one (collapse from
 *                    April 2020)
 * @param calibration the fiscal-year total one section (or the whole site, when its section is null) must reach
 *                    exactly
 */
record SitePlan(String id, String name, boolean domestic, boolean englishHeaders, List<Section> sections,
                Calibration calibration) {

    /** A section: its name (as in the site configuration), share of the site's views and how page i is named. */
    record Section(String name, double share, IntFunction<Page> page) {
    }

    record Page(String path, String title) {
    }

    record Calibration(String section, int fiscalYear, long views) {
    }

    static final String ACCOMMODATION = "宿泊施設紹介";

    /** The areas pages are about, cycled through (a second round gets -2, -3 … in the path). */
    private static final String[][] AREAS = {
            {"hakone", "箱根", "Hakone"}, {"kamakura", "鎌倉", "Kamakura"}, {"yokohama", "横浜", "Yokohama"},
            {"enoshima", "江の島", "Enoshima"}, {"yugawara", "湯河原", "Yugawara"}, {"odawara", "小田原", "Odawara"},
            {"miura", "三浦", "Miura"}, {"hayama", "葉山", "Hayama"}, {"sagamiko", "相模湖", "Lake Sagami"},
            {"tanzawa", "丹沢", "Tanzawa"}, {"oiso", "大磯", "Oiso"}, {"manazuru", "真鶴", "Manazuru"}};

    /** 観光かながわNOW, calibrated so that its accommodation pages have 841,586 views in FY2020. */
    static final SitePlan KANAGAWA_NOW = new SitePlan("kanagawa-now", "観光かながわNOW", true, false, List.of(
            domestic(ACCOMMODATION, 0.22, "/stay/", "%sの宿"),
            domestic("イベント", 0.16, "/event/", "%sのイベント"),
            domestic("モデルコース", 0.12, "/course/", "%sのモデルコース"),
            domestic("観光スポット", 0.25, "/spot/", "%sの観光スポット"),
            domestic("グルメ・お土産", 0.10, "/gourmet/", "%sのグルメ"),
            domestic("特集", 0.07, "/feature/", "特集 %s"),
            new Section("その他", 0.08, i -> otherPage(i, new String[][] {{"/", "トップ"}, {"/search/", "検索"},
                    {"/access/", "アクセス"}}, "/news/", "%sのお知らせ", "｜観光かながわNOW"))),
            new Calibration(ACCOMMODATION, 2020, 841_586));

    /** The inbound site, calibrated so that its views in FY2020 average 83,640 a month. */
    static final SitePlan INBOUND = new SitePlan("inbound", "外国人観光客向けウェブサイト", false, true, List.of(
            inbound(ACCOMMODATION, 0.20, "stay", "Hotels in %s", "%s住宿"),
            inbound("イベント", 0.10, "event", "Events in %s", "%s活動"),
            inbound("モデルコース", 0.20, "course", "Day trip to %s", "%s一日遊"),
            inbound("観光スポット", 0.35, "spot", "Sights of %s", "%s景點"),
            new Section("その他", 0.15, i -> otherPage(i, new String[][] {{"/en/", "Home"}, {"/zh-tw/", "首頁"},
                    {"/en/access/", "Access"}}, "/en/news/", "News from %s", " | Kanagawa Travel"))),
            new Calibration(null, 2020, 83_640L * 12));

    static final List<SitePlan> ALL = List.of(KANAGAWA_NOW, INBOUND);

    /** Older exports of the domestic site were saved in CP932; later ones, and all inbound ones, in UTF-8. */
    Charset charset(YearMonth month) {
        return domestic && month.isBefore(YearMonth.of(2018, 4)) ? Charset.forName("windows-31j")
                : StandardCharsets.UTF_8;
    }

    /** Excel-saved UTF-8 starts with a byte order mark; GA4's own download does not. */
    boolean byteOrderMark(YearMonth month) {
        return domestic && !month.isBefore(YearMonth.of(2018, 4));
    }

    /** The first day of the fiscal year the plan's data starts in and the last day it ends on. */
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2023, 3, 31);

    private static Section domestic(String name, double share, String prefix, String title) {
        return new Section(name, share, i -> {
            String[] area = AREAS[i % AREAS.length];
            return new Page(prefix + slug(area[0], i) + "/", String.format(title, area[1] + round(i))
                    + "｜観光かながわNOW");
        });
    }

    private static Section inbound(String name, double share, String folder, String english, String chinese) {
        return new Section(name, share, i -> {
            String[] area = AREAS[(i / 2) % AREAS.length];
            boolean en = i % 2 == 0;
            return new Page((en ? "/en/" : "/zh-tw/") + folder + "/" + slug(area[0], i / 2) + "/",
                    String.format(en ? english : chinese, (en ? area[2] : area[1]) + round(i / 2))
                            + " | Kanagawa Travel");
        });
    }

    private static Page otherPage(int i, String[][] fixed, String newsPrefix, String newsTitle, String suffix) {
        if (i < fixed.length) {
            return new Page(fixed[i][0], fixed[i][1] + suffix);
        }
        int n = i - fixed.length;
        String[] area = AREAS[n % AREAS.length];
        return new Page(newsPrefix + slug(area[0], n) + "/", String.format(newsTitle,
                (newsPrefix.startsWith("/en/") ? area[2] : area[1]) + round(n)) + suffix);
    }

    private static String slug(String area, int i) {
        int round = i / AREAS.length;
        return round == 0 ? area : area + "-" + (round + 1);
    }

    private static String round(int i) {
        int round = i / AREAS.length;
        return round == 0 ? "" : " " + (round + 1);
    }
}

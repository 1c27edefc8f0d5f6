package ebpm.jobs.measures;

import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import ebpm.jobs.landing.TabularRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the measure sheets of both plans around the one real sheet, the ICT plan's FY2020 別紙:
 * <ul>
 * <li>the ICT plan's FY2019, FY2021 and FY2022 sheets, built from the FY2020 sheet's 76 measures. FY2019 is
 *     calibrated to the rates the FY2020 report publishes for it (全体 81.6%, 柱Ⅰ 81.2%, 柱Ⅱ 82.6%, cut off to one
 *     decimal): the only counts of at most 76 measures that give them are 柱Ⅰ 39 of 48 and 柱Ⅱ 19 of 23 (58 of 71),
 *     so the three measures finished in FY2019 were evaluated then, three of 柱Ⅰ's and two of 柱Ⅱ's measures
 *     without an indicator in FY2020 had none in FY2019 either, and 9 and 4 measures, drawn by the seed, missed;</li>
 * <li>the DX plan's FY2024 and FY2025 sheets: one or two measures in each of its 22 施策分野/取組事項 (named after the
 *     plan's own examples), each with a 過程指標 and a 成果指標.</li>
 * </ul>
 * Every generated figure and reason is synthetic (the reason cells say so, the files are named {@code …-synthetic});
 * targets rise year by year from the FY2020 target, actuals meet, exceed or miss them as the evaluation says. The
 * output is a pure function of {@link #SEED} and the FY2020 sheet: the same bytes on every run and machine.
 */
public final class MeasureSampleGenerator {

    public static final long SEED = 20_190_701L;
    static final String FOLDER = "measures";
    public static final String REAL_SHEET = "kanagawa-ict-measures-fy2020.csv";
    private static final String HEADER_ICT = "年度,柱,中柱,分野,番号,施策名,所属,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等";
    private static final String HEADER_DX = "年度,区分,施策分野,番号,施策名,所属,指標区分,成果指標,目標,実績,評価,未達成の理由及び今後の見込み等";
    private static final String MISSED = "（合成データ）目標に届かなかったため、取組を見直して次年度に目標の達成を目指す。";
    private static final String FINISHED = "(令和元年度で取組完了)";
    /** Met measures of the FY2019 sheet per pillar: 39 of 48 and 19 of 23 (see the class comment). */
    private static final Map<String, int[]> FY2019_MET_OF_EVALUATED = Map.of("Ⅰ", new int[] {39, 48},
            "Ⅱ", new int[] {19, 23});
    /** How many of a pillar's measures without an indicator in FY2020 had none in FY2019 either. */
    private static final Map<String, Integer> FY2019_NOT_SET = Map.of("Ⅰ", 3, "Ⅱ", 2);

    private final Path realSheet;

    /** @param realSheet the real FY2020 sheet the ICT years are built from (copied as it is) */
    public MeasureSampleGenerator(Path realSheet) {
        this.realSheet = realSheet;
    }

    /** Writes the sheets into {@code landing/measures/}; returns the files written, the real one first. */
    public List<Path> write(Path landing) throws IOException {
        Path folder = Files.createDirectories(landing.resolve(FOLDER));
        List<Path> files = new ArrayList<>();
        Path real = folder.resolve(REAL_SHEET);
        if (!Files.exists(real) || !Files.isSameFile(real, realSheet)) {
            Files.copy(realSheet, real, StandardCopyOption.REPLACE_EXISTING);
        }
        files.add(real);
        List<List<String>> fy2020 = readRealSheet();
        Random random = new Random(SEED);
        for (int year : List.of(2019, 2021, 2022)) {
            files.add(write(folder.resolve("kanagawa-ict-measures-fy" + year + "-synthetic.csv"), HEADER_ICT,
                    ictYear(year, fy2020, random)));
        }
        for (int year : List.of(2024, 2025)) {
            files.add(write(folder.resolve("kanagawa-dx-measures-fy" + year + "-synthetic.csv"), HEADER_DX,
                    dxYear(year, random)));
        }
        return files;
    }

    private List<List<String>> readRealSheet() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TabularFile sheet = TabularFiles.open(realSheet, TabularOptions.defaults())) {
            for (TabularRow row = sheet.next(); row != null; row = sheet.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < sheet.header().size(); i++) {
                    cells.add(row.cell(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    // ----- the ICT plan: the FY2020 measures in another year ---------------------------------------------------

    private static List<List<String>> ictYear(int year, List<List<String>> fy2020, Random random) {
        Map<Integer, String> evaluations = year == 2019 ? fy2019Evaluations(fy2020, random)
                : laterEvaluations(year, fy2020, random);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < fy2020.size(); i++) {
            List<String> real = fy2020.get(i);
            String evaluation = evaluations.get(i);
            List<String> row = new ArrayList<>(real.subList(0, 8));
            row.set(0, String.valueOf(year));
            Cells cells = ictCells(year, real, evaluation);
            row.addAll(List.of(cells.target(), cells.actual(), evaluation, "△".equals(evaluation) ? MISSED : ""));
            rows.add(row);
        }
        return rows;
    }

    /** FY2019: every measure was under way; the published rates fix how many met their indicator per pillar. */
    private static Map<Integer, String> fy2019Evaluations(List<List<String>> fy2020, Random random) {
        Map<Integer, String> evaluations = new LinkedHashMap<>();
        for (String pillar : List.of("Ⅰ", "Ⅱ")) {
            List<Integer> evaluated = new ArrayList<>();
            int notSet = FY2019_NOT_SET.get(pillar);
            for (int i = 0; i < fy2020.size(); i++) {
                if (!fy2020.get(i).get(1).contains(pillar)) {
                    continue;
                }
                if ("—".equals(evaluation(fy2020.get(i))) && notSet > 0) {
                    evaluations.put(i, "—");
                    notSet--;
                } else {
                    evaluated.add(i);
                }
            }
            int[] metOfEvaluated = FY2019_MET_OF_EVALUATED.get(pillar);
            if (evaluated.size() != metOfEvaluated[1]) {
                throw new IllegalStateException("柱" + pillar + " of the FY2020 sheet gives " + evaluated.size()
                        + " measures evaluated in FY2019, not " + metOfEvaluated[1]);
            }
            List<Integer> missed = draw(evaluated, metOfEvaluated[1] - metOfEvaluated[0], random);
            for (int i : evaluated) {
                evaluations.put(i, missed.contains(i) ? "△" : "◎".equals(evaluation(fy2020.get(i))) ? "◎" : "○");
            }
        }
        return evaluations;
    }

    /** FY2021 and FY2022: measures finished stay finished, those without an indicator keep none; 3 in 4 meet it. */
    private static Map<Integer, String> laterEvaluations(int year, List<List<String>> fy2020, Random random) {
        Map<Integer, String> evaluations = new LinkedHashMap<>();
        for (int i = 0; i < fy2020.size(); i++) {
            String real = evaluation(fy2020.get(i));
            if (real.isEmpty() || "—".equals(real)) {
                evaluations.put(i, real);
            } else {
                double draw = random.nextDouble();
                evaluations.put(i, draw < (year == 2021 ? 0.25 : 0.2) ? "△" : draw < 0.45 ? "◎" : "○");
            }
        }
        return evaluations;
    }

    private record Cells(String target, String actual) {
    }

    /** The target and actual of a year, indicator by indicator as the FY2020 cell numbers them. */
    private static Cells ictCells(int year, List<String> real, String evaluation) {
        if (evaluation.isEmpty()) {
            return new Cells(FINISHED, "");
        }
        if ("—".equals(evaluation)) {
            return new Cells("—", "—");
        }
        List<String> targets = MeasureCellParser.splitIndicators(real.get(8));
        boolean numbered = targets.size() > 1;
        List<String> targetParts = new ArrayList<>();
        List<String> actualParts = new ArrayList<>();
        for (String part : targets.isEmpty() ? List.of("") : targets) {
            Quantity quantity = MeasureCellParser.parse(part);
            String text = part.isBlank() || "—".equals(part.strip()) || part.contains("取組完了") ? "実施" : part;
            if (quantity.value() != null && quantity.qualifier() == null) {
                double target = yearTarget(year, quantity.value(), quantity.unit());
                double actual = switch (evaluation) {
                    case "◎" -> "%".equals(quantity.unit()) ? Math.min(100, target + 3) : Math.round(target * 1.15);
                    case "○" -> target;
                    default -> "%".equals(quantity.unit()) ? target - 4 : Math.round(target * 0.8);
                };
                String sign = part.strip().startsWith("+") ? "+" : "";
                targetParts.add(sign + number(target) + unit(quantity));
                actualParts.add(sign + number(actual) + unit(quantity));
            } else {
                targetParts.add(text);
                actualParts.add("△".equals(evaluation) ? "未実施" : text);
            }
        }
        return new Cells(numbered(targetParts, numbered), numbered(actualParts, numbered));
    }

    /** Targets rise through the plan: 90 % of FY2020's in FY2019, 110 % and 120 % after; rates by 2 points a year. */
    private static double yearTarget(int year, double fy2020, String unit) {
        if ("%".equals(unit)) {
            return Math.min(100, Math.round((fy2020 + 2 * (year - 2020)) * 10) / 10.0);
        }
        double factor = switch (year) {
            case 2019 -> 0.9;
            case 2021 -> 1.1;
            default -> 1.2;
        };
        return Math.max(fy2020 == 0 ? 0 : 1, Math.round(fy2020 * factor));
    }

    private static String unit(Quantity quantity) {
        return quantity.unit() == null ? "" : quantity.unit();
    }

    private static String numbered(List<String> parts, boolean numbered) {
        if (!numbered) {
            return parts.get(0);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            texts.add("(" + (i + 1) + ")" + parts.get(i));
        }
        return String.join(" ", texts);
    }

    private static String evaluation(List<String> row) {
        return row.get(10).strip();
    }

    /** {@code count} of the items, drawn by the seed, in their order. */
    private static List<Integer> draw(List<Integer> items, int count, Random random) {
        List<Integer> pool = new ArrayList<>(items);
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(pool.remove(random.nextInt(pool.size())));
        }
        return drawn;
    }

    // ----- the DX plan ------------------------------------------------------------------------------------------

    /** A measure of the DX plan with its two indicators, their unit and their FY2024 target. */
    private record DxMeasure(String side, String field, String name, String department, String process,
                             String processUnit, double processTarget, String outcome, String outcomeUnit,
                             double outcomeTarget) {
    }

    private static final String LIVES = "くらしのデジタル化";
    private static final String ADMINISTRATION = "行政のデジタル化";

    /** One or two measures per 施策分野/取組事項, after the examples the plan gives for each. */
    private static final List<DxMeasure> DX_MEASURES = List.of(
            new DxMeasure(LIVES, "子ども・若者", "かながわ子育て応援パスポートの拡大", "子ども家庭課",
                    "協賛店舗数", "店舗", 2000, "パスポート登録者数", "人", 100000),
            new DxMeasure(LIVES, "子ども・若者", "かながわヤングケアラー等相談LINEの運営", "子ども家庭課",
                    "相談対応件数", "件", 1000, "相談して気持ちが楽になった人の割合", "%", 80),
            new DxMeasure(LIVES, "教育", "1人1台端末を活用した教育活動の推進", "教育局",
                    "端末を毎日活用する学校の割合", "%", 80, "授業がわかると答えた生徒の割合", "%", 85),
            new DxMeasure(LIVES, "未病・健康長寿", "マイME-BYOカルテの活用促進", "いのち・未来戦略本部室",
                    "マイME-BYOカルテ登録者数", "人", 600000, "未病指標利用者数", "人", 50000),
            new DxMeasure(LIVES, "未病・健康長寿", "介護ロボットの導入推進", "高齢福祉課",
                    "導入を支援した施設数", "施設", 100, "負担軽減を実感した施設の割合", "%", 70),
            new DxMeasure(LIVES, "文化・スポーツ", "マグカル・ドット・ネットによる情報発信", "文化課",
                    "掲載イベント数", "件", 3000, "サイトのアクセス数", "アクセス", 1000000),
            new DxMeasure(LIVES, "観光・地域活性化", "観光データの収集・分析と活用", "観光課",
                    "分析結果の公表回数", "回", 4, "宿泊施設紹介ページPV数", "PV", 900000),
            new DxMeasure(LIVES, "経済・労働", "中小企業のデジタル化支援", "産業振興課",
                    "専門家派遣回数", "回", 500, "生産性が向上した企業の割合", "%", 60),
            new DxMeasure(LIVES, "農林水産", "スマート技術の開発・普及", "農業振興課",
                    "実証ほ場数", "か所", 10, "技術を導入した経営体数", "経営体", 50),
            new DxMeasure(LIVES, "脱炭素・環境", "エネルギー使用の見える化", "環境課",
                    "見える化に参加した事業所数", "事業所", 300, "参加事業所のCO2削減量", "t", 5000),
            new DxMeasure(LIVES, "生活困窮", "SNSを活用したひきこもり等の相談", "地域福祉課",
                    "相談件数", "件", 2000, "支援機関につながった割合", "%", 30),
            new DxMeasure(LIVES, "生活困窮", "メタバース上の居場所づくり", "地域福祉課",
                    "開催回数", "回", 24, "参加者数", "人", 1000),
            new DxMeasure(LIVES, "共生社会", "メタバース等を活用した共生の場の創出", "共生推進本部室",
                    "交流イベントの開催回数", "回", 6, "理解が深まった参加者の割合", "%", 80),
            new DxMeasure(LIVES, "くらしの安心", "AIを活用した犯罪・交通事故の抑止", "警察本部",
                    "予測情報を活用した警戒活動回数", "回", 10000, "治安が良いと感じる県民の割合", "%", 60),
            new DxMeasure(LIVES, "危機管理", "防災DXの推進", "危機管理防災課",
                    "防災アプリの登録者数", "人", 300000, "防災意識が高まった県民の割合", "%", 70),
            new DxMeasure(LIVES, "都市基盤", "AIを活用したインフラ施設のメンテナンス", "道路管理課",
                    "AI点検を実施した施設数", "施設", 200, "計画的に補修した施設の割合", "%", 90),
            new DxMeasure(LIVES, "都市基盤", "スマートモビリティ（MaaS）の取組促進", "交通企画課",
                    "実証事業数", "件", 5, "実証サービスの利用者数", "人", 20000),
            new DxMeasure(ADMINISTRATION, "新しいデジタル技術の利活用", "生成AIの業務への活用", "デジタル戦略本部室",
                    "生成AIを活用した業務数", "業務", 100, "削減された業務時間", "時間", 20000),
            new DxMeasure(ADMINISTRATION, "データ利活用", "EBPMの推進とオープンデータの公開", "デジタル戦略本部室",
                    "公開データセット数", "データセット", 300, "データを活用した施策立案件数", "件", 20),
            new DxMeasure(ADMINISTRATION, "行政手続の電子化", "行政手続のオンライン化", "デジタル戦略本部室",
                    "オンライン化した手続数", "手続", 2000, "オンライン申請の利用率", "%", 50),
            new DxMeasure(ADMINISTRATION, "行政手続の電子化", "公金収納のキャッシュレス化", "会計局",
                    "キャッシュレスに対応した収納の種類", "種類", 30, "キャッシュレス納付の割合", "%", 40),
            new DxMeasure(ADMINISTRATION, "マイナンバーカードの普及促進等", "市町村の交付体制の強化支援", "市町村課",
                    "出張申請受付の支援回数", "回", 200, "マイナンバーカード保有率", "%", 80),
            new DxMeasure(ADMINISTRATION, "情報システムの標準化・共通化", "標準準拠システムへの移行支援", "市町村課",
                    "移行を支援した市町村数", "市町村", 33, "移行を完了した業務システムの割合", "%", 60),
            new DxMeasure(ADMINISTRATION, "セキュリティ対策の徹底", "情報セキュリティ研修の実施", "情報基盤課",
                    "研修の開催回数", "回", 20, "研修受講率", "%", 95),
            new DxMeasure(ADMINISTRATION, "デジタル人材育成", "神奈川県デジタル人材育成方針に基づく研修", "人事課",
                    "研修受講者数", "人", 1500, "DX推進リーダーの数", "人", 300),
            new DxMeasure(ADMINISTRATION, "市町村支援・連携", "県市町村デジタル推進会議と技術相談", "市町村課",
                    "技術相談の対応件数", "件", 150, "共同化した情報システム数", "システム", 5),
            new DxMeasure(ADMINISTRATION, "ICTインフラ整備", "県庁の情報通信ネットワークの整備", "情報基盤課",
                    "ネットワークを更新した拠点数", "拠点", 50, "システム稼働率", "%", 99.5));

    private static List<List<String>> dxYear(int year, Random random) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (DxMeasure measure : DX_MEASURES) {
            int number = numbers.merge(measure.field(), 1, Integer::sum);
            rows.add(dxRow(year, measure, number, "過程指標", measure.process(), measure.processUnit(),
                    measure.processTarget(), random));
            rows.add(dxRow(year, measure, number, "成果指標", measure.outcome(), measure.outcomeUnit(),
                    measure.outcomeTarget(), random));
        }
        return rows;
    }

    private static List<String> dxRow(int year, DxMeasure measure, int number, String kind, String indicator,
                                      String unit, double fy2024Target, Random random) {
        boolean rate = "%".equals(unit);
        double target = rate ? Math.min(100, fy2024Target + 5 * (year - 2024))
                : Math.round(fy2024Target * (1 + 0.25 * (year - 2024)));
        double draw = random.nextDouble();
        String evaluation;
        String actual;
        if ("成果指標".equals(kind) && draw < 0.1) {
            // an outcome not measured yet: as the FY2020 sheet's 未病指標利用者数, reported 未把握 and not met
            evaluation = "△";
            actual = "未把握";
        } else if (draw < 0.35) {
            evaluation = "△";
            actual = number(rate ? target - 6 : Math.round(target * 0.75)) + unit;
        } else if (draw < 0.6) {
            evaluation = "◎";
            actual = number(rate ? Math.min(100, target + 2.5) : Math.round(target * 1.2)) + unit;
        } else {
            evaluation = "○";
            actual = number(target) + unit;
        }
        return List.of(String.valueOf(year), measure.side(), measure.field(), String.valueOf(number), measure.name(),
                measure.department(), kind, indicator, number(target) + unit, actual, evaluation,
                "△".equals(evaluation) ? MISSED : "");
    }

    // ----- writing ----------------------------------------------------------------------------------------------

    private static String number(double value) {
        if (value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** UTF-8 without BOM and CRLF, as the real sheet is; a cell with a comma or quote is quoted. */
    private static Path write(Path file, String header, List<List<String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

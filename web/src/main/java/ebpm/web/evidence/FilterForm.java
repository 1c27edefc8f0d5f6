package ebpm.web.evidence;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import ebpm.web.http.HttpError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a table page's query ({@code ?fy=2020&municipality=141003}) into the filters {@code ebpm evidence} takes:
 * each value typed by its parameter as on the command line ({@link EvidenceParameter#parse}), one of the offered
 * values where the input is a list; anything else is a 400 with a Japanese sentence saying what is accepted. An
 * empty value is a filter left out (the default, or すべて).
 */
public final class FilterForm {

    private static final int LONGEST_VALUE = 200;

    private FilterForm() {
    }

    public static Map<String, String> read(EvidenceDefinition definition, Map<String, List<String>> query,
                                           FilterChoices choices) {
        Map<String, EvidenceParameter> parameters = definition.parameters().stream()
                .collect(Collectors.toMap(EvidenceParameter::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            EvidenceParameter parameter = parameters.get(entry.getKey());
            if (parameter == null) {
                throw HttpError.badRequest("この表には絞り込み「" + shown(entry.getKey()) + "」はありません。使える絞り込み: "
                        + (parameters.isEmpty() ? "なし" : parameters.values().stream()
                        .map(p -> p.name() + "（" + p.label() + "）").collect(Collectors.joining("、"))));
            }
            if (entry.getValue().size() > 1) {
                throw HttpError.badRequest("絞り込み「" + parameter.label() + "」が2回以上指定されています。1つにしてください。");
            }
            String value = entry.getValue().get(0).strip();
            if (value.isEmpty()) {
                continue;
            }
            filters.put(parameter.name(), checked(parameter, value, choices));
        }
        return filters;
    }

    private static String checked(EvidenceParameter parameter, String value, FilterChoices choices) {
        if (value.length() > LONGEST_VALUE) {
            throw HttpError.badRequest(parameter.label() + "の値が長すぎます（" + LONGEST_VALUE + "文字まで）。");
        }
        try {
            parameter.parse(value);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(refusal(parameter, value));
        }
        choices.of(parameter.type()).ifPresent(offered -> {
            if (offered.stream().noneMatch(choice -> choice.value().equals(value))) {
                throw HttpError.badRequest(parameter.label() + "「" + shown(value) + "」は選べる値にありません。"
                        + "一覧から選んでください。");
            }
        });
        return value;
    }

    /** What the parameter accepts, in the words of the page. */
    static String refusal(EvidenceParameter parameter, String value) {
        String given = parameter.label() + "「" + shown(value) + "」は";
        return given + switch (parameter.type()) {
            case "fiscal_year" -> "年度として読めません。2020 や 令和2年度 のように書いてください。";
            case "calendar_year" -> "年として読めません。2020 のように西暦4桁で書いてください。";
            case "municipality" -> "市町村コードではありません。141003（横浜市）のような6桁のコードを選んでください。";
            case "area" -> "地域コードではありません。140007（神奈川県）のような6桁の地方公共団体コードを書いてください。";
            case "breakdown" -> "内訳として使えません。全体 や Ⅰ① のように1行で書いてください。";
            case "indicator" -> "指標コードではありません。一覧から選んでください。";
            case "plan" -> "計画IDではありません。一覧から選んでください。";
            default -> "サイトIDではありません。一覧から選んでください。";
        };
    }

    /** A value echoed in a message: short, on one line (it is escaped where it is shown). */
    static String shown(String value) {
        String line = value.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}

package ebpm.analytics.plan;

import java.util.Optional;

/**
 * One allowed value of a plan's level, e.g. the pillar {@code Ⅰ くらしの情報化} or the field {@code 教育}.
 *
 * @param code     what identifies it in a sheet cell and in breakdowns (Ⅰ, ①, 教育)
 * @param label    its name as the plan prints it
 * @param within   the code of the value one level up it belongs to (① of Ⅰ is not ① of Ⅱ); empty at the top
 * @param position its place in the plan's display order, from 1, within the level
 */
public record PlanValue(String code, String label, Optional<String> within, int position) {

    /** As messages and tables name it: {@code Ⅰ くらしの情報化}, or {@code 教育} where code and label are one. */
    public String shown() {
        return code.equals(label) ? label : code + " " + label;
    }
}

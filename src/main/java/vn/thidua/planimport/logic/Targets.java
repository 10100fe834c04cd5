package vn.thidua.planimport.logic;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.plans.model.Target;
import vn.thidua.plans.model.TargetMeasure;

/**
 * Measurable targets ("≥ 90% CCVC hoàn thành tốt nhiệm vụ", "mỗi năm ít nhất 01 sáng kiến", "100% CCVC tham gia học
 * tập"): a percent or a count the yearly records can check, and the measure when the words name one.
 */
final class Targets {

    private static final Pattern PERCENT = Pattern.compile("(?:≥|>=|trên|ít nhất|tối thiểu|đạt)?\\s*(\\d{1,3}(?:[,.]\\d+)?)\\s*%");
    private static final Pattern AT_MOST = Pattern.compile("(?:≤|<=|không quá|dưới|tối đa)\\s*(\\d{1,3}(?:[,.]\\d+)?)\\s*%");
    private static final Pattern COUNT = Pattern.compile("(?:ít nhất|tối thiểu|có|≥)\\s*(\\d{1,3})\\s+(?:sáng kiến|đề tài|giải pháp)");

    private Targets() {
    }

    static boolean isMeasurable(String text) {
        return PERCENT.matcher(text).find() || COUNT.matcher(text).find();
    }

    static Target target(String text) {
        String f = ReadPatterns.fold(text);
        Matcher most = AT_MOST.matcher(text);
        if (f.contains("ky luat") && most.find()) {
            return new Target(text, TargetMeasure.SHARE_DISCIPLINED, number(most.group(1)));
        }
        Matcher count = COUNT.matcher(text);
        if (f.contains("sang kien") && count.find()) {
            return new Target(text, TargetMeasure.INNOVATIONS_PER_YEAR, number(count.group(1)));
        }
        Matcher p = PERCENT.matcher(text);
        if (f.contains("hoan thanh tot") && p.find()) {
            return new Target(text, TargetMeasure.SHARE_RATED_GOOD_OR_BETTER, number(p.group(1)));
        }
        return Target.text(text);
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }
}

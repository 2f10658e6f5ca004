package io.jenkins.plugins.systemtest.engine.history;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis fitted to the data instead of the fixed 0-100 %: 99.7 % and 100 % must not look the same. The
 * bounds are "nice" numbers (a step of 1, 2 or 5 times a power of ten) around the smallest and largest value,
 * never beyond 0 and 100 for a percentage, with a minimum span so that a flat line stays a line in the middle.
 *
 * @param min   the lower bound
 * @param max   the upper bound, greater than {@code min}
 * @param ticks the values to label, from {@code min} to {@code max}
 */
public record FittedAxis(double min, double max, List<Double> ticks) {

    /** The smallest span shown, in percentage points. */
    static final double MIN_PERCENT_SPAN = 0.5;

    public FittedAxis {
        if (!(max > min)) {
            throw new IllegalArgumentException("max (" + max + ") must be greater than min (" + min + ")");
        }
        ticks = List.copyOf(ticks);
    }

    /** An axis for percentages; 0-100 when there is no value. */
    public static FittedAxis ofPercent(double... values) {
        if (values.length == 0) {
            return nice(0, 100, 0, 100);
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : values) {
            double c = Math.max(0, Math.min(100, v));
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        if (hi - lo < MIN_PERCENT_SPAN) {
            double mid = (lo + hi) / 2;
            lo = mid - MIN_PERCENT_SPAN / 2;
            hi = mid + MIN_PERCENT_SPAN / 2;
            if (hi > 100) {
                lo -= hi - 100;
                hi = 100;
            }
            if (lo < 0) {
                hi += -lo;
                lo = 0;
            }
        }
        return nice(lo, hi, 0, 100);
    }

    /** Bounds on multiples of a nice step (about 4 intervals) that hold {@code [lo, hi]}, kept in the limits. */
    private static FittedAxis nice(double lo, double hi, double floor, double ceiling) {
        double step = niceStep((hi - lo) / 4);
        double min = Math.max(floor, Math.floor(lo / step + 1e-9) * step);
        double max = Math.min(ceiling, Math.ceil(hi / step - 1e-9) * step);
        if (max <= min) {
            max = Math.min(ceiling, min + step);
            min = max - step;
        }
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; ; i++) {
            double t = round(min + i * step);
            if (t > max + step / 1e6) {
                break;
            }
            ticks.add(t);
        }
        return new FittedAxis(round(min), round(max), ticks);
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}

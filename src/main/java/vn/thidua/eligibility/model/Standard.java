package vn.thidua.eligibility.model;

import java.util.List;

/**
 * What an award asks of one kind of nominee: alternatives, any one of which suffices; each a list of conditions, all
 * of which must hold.
 */
public record Standard(List<List<Condition>> alternatives) {

    public Standard {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}
